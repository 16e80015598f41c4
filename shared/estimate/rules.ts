import { claimPhrase, type Namer } from '../analysis/claims.js';
import { formatStatedOn } from '../charts/datePeriod.js';
import { compareStatedOn } from '../divergence.js';
import type { ClaimValue, Estimate } from '../schemas/index.js';
import { noBestReasons } from '../schemas/estimate.js';
import { formatNumber, listInWords } from '../wording.js';
import { reliabilityWeights } from './weights.js';

/** What the sentences name of a claim. */
export interface NamedClaim {
  id: number;
  sourceId: number;
  value: ClaimValue;
  statedOn: string | null;
}

/**
 * Rounds figures to two significant figures, since more would claim a precision the figures do not
 * have, or to more (four at most) where two would print different figures alike: "11,000–11,000" reads as no interval at all, and a middle half printed as
 * the nine-tenths as none of its own.
 */
function roundingApart(figures: readonly number[]): (n: number) => string {
  const at = (digits: number) => (n: number) => formatNumber(Number(n.toPrecision(digits)));
  const distinct = new Set(figures).size;
  let digits = 2;
  while (digits < 4 && new Set(figures.map(at(digits))).size < distinct) digits++;
  return at(digits);
}

type Interval = { low: number; high: number };

const rangeIn = (rounded: (n: number) => string, { low, high }: Interval) => {
  const [a, b] = [rounded(low), rounded(high)];
  return a === b ? a : `${a}–${b}`;
};

/** "10,000–12,000": an interval's ends to two significant figures, or more where two would give both alike. */
export const roundedRange = (low: number, high: number) => rangeIn(roundingApart([low, high]), { low, high });

/**
 * A best estimate's median and intervals in words, "11,000", "10,000–12,000", all to the same
 * figures: two, or more where two would print the ends of its intervals alike.
 */
export function roundedBest(best: { median: number; interval90: Interval; interval50?: Interval | undefined }) {
  const { median, interval50, interval90 } = best;
  const rounded = roundingApart(
    [interval90.low, interval50?.low, interval50?.high, interval90.high].filter((n) => n !== undefined),
  );
  return {
    median: rounded(median),
    interval50: interval50 && rangeIn(rounded, interval50),
    interval90: rangeIn(rounded, interval90),
  };
}

/**
 * The rule behind each figure of an estimate, in plain sentences that name the claims it rests
 * on, as the methodology page explains them at length.
 */
export function estimateRules(estimate: Estimate, claims: readonly NamedClaim[], names: Namer): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const phrase = (id: number) => claimPhrase(byId.get(id)!, names);
  const unit = names.unit ? ` ${names.unit}` : '';
  /** When a group's claims were made, oldest first. */
  const datesOf = (ids: readonly number[]) => ids.map((id) => byId.get(id)!.statedOn).sort(compareStatedOn);
  const groupPhrase = (ids: readonly number[]) => {
    const dates = datesOf(ids);
    const claimsOf = listInWords(ids.map(phrase));
    return ids.length > 1 ? `${claimsOf} [${formatStatedOn(dates[0]!)} to ${formatStatedOn(dates.at(-1)!)}]` : claimsOf;
  };
  /** Whether each group's claims all come after the group below's: counts that grow can differ for that alone. */
  const followInTime = (groups: readonly { claimIds: number[] }[]) =>
    groups.every(
      (g, i) => i === 0 || compareStatedOn(datesOf(groups[i - 1]!.claimIds).at(-1)!, datesOf(g.claimIds)[0]!) < 0,
    );
  const rules: string[] = [];
  if (estimate.lower && estimate.upper && estimate.lower.value > estimate.upper.value)
    rules.push(
      `The credible bounds cross: ${phrase(estimate.lower.claimId)} is above ${phrase(estimate.upper.claimId)}. ` +
        'One of them is wrong, or they count at different times or different things.',
    );
  else if (estimate.lower)
    rules.push(
      `Not below ${formatNumber(estimate.lower.value)}${unit}: the highest lower bound given by a credible claim, ${phrase(estimate.lower.claimId)}.`,
    );
  if (estimate.upper && !(estimate.lower && estimate.lower.value > estimate.upper.value))
    rules.push(
      `Not above ${formatNumber(estimate.upper.value)}${unit}: the lowest upper bound given by a credible claim, ${phrase(estimate.upper.claimId)}.`,
    );
  if (estimate.best) {
    const { median, interval50, interval90 } = roundedBest(estimate.best);
    const weights = estimate.used.map((u) => `${phrase(u.claimId)} at ${Math.round(u.weight * 100) / 100}`);
    rules.push(
      `Best estimate about ${median}${unit} (half the likelihood in ${interval50}, nine-tenths in ` +
        `${interval90}), from ${listInWords(weights)}: each figure read as worded and ` +
        `weighted by its source’s reliability (A counts ${reliabilityWeights.A}, F ${reliabilityWeights.F}) times its credibility.`,
    );
  } else if (estimate.noBest === 'no_consensus') {
    const groups = estimate.clusters.map((c) => groupPhrase(c.claimIds));
    rules.push(
      `No best figure: ${noBestReasons.no_consensus}. They fall into ${groups.length} groups, each of figures that ` +
        `agree: ${groups.join('; ')}.` +
        (followInTime(estimate.clusters)
          ? ' Each group’s figures are later than the one below: the count may have grown between them.'
          : ''),
    );
  } else if (estimate.noBest) {
    rules.push(`No best figure: ${noBestReasons[estimate.noBest]}.`);
  }
  return rules;
}
