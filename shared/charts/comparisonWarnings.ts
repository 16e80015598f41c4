import { isCompared } from '../analysis/compared.js';
import { allowedInterval } from '../analysis/tolerance.js';
import type { Claim } from '../schemas/claim.js';
import type { Comparison } from '../schemas/comparison.js';
import { datePeriod, DAY_MS } from './datePeriod.js';
import type { SourceRef } from './plottedClaim.js';

interface Said {
  claim: Claim;
  source: SourceRef;
}

export type ComparisonWarning =
  | { kind: 'stale'; newest: Said; stale: (Said & { daysOlder: number })[] }
  | { kind: 'disjoint'; highestFloor: Said; lowestCeiling: Said };

/** A latest claim this much older than the newest may describe an earlier state of affairs. */
export const STALE_AFTER_DAYS = 180;

/** The entries whose figures the server compares: the spread and disjointness are theirs. */
const comparedEntries = (c: Comparison) => c.entries.filter((e) => isCompared(e.claim));

/**
 * Compares what is certain: the stale claim's last possible day against the newest claim's first,
 * so a claim dated only "2025-06" is never called older than it can be.
 */
function staleWarning(c: Comparison): ComparisonWarning | null {
  const dated = [...comparedEntries(c), ...c.statements].flatMap((s) =>
    s.claim.statedOn ? [{ ...s, period: datePeriod(s.claim.statedOn) }] : [],
  );
  if (dated.length < 2) return null;
  const newest = dated.reduce((a, b) => (b.period.start > a.period.start ? b : a));
  const stale = dated
    .filter((s) => newest.period.start - (s.period.end - DAY_MS) > STALE_AFTER_DAYS * DAY_MS)
    .sort((a, b) => a.period.start - b.period.start)
    .map(({ claim, source, period }) => ({
      claim,
      source,
      daysOlder: Math.round((newest.period.start - period.start) / DAY_MS),
    }));
  return stale.length ? { kind: 'stale', newest: { claim: newest.claim, source: newest.source }, stale } : null;
}

/**
 * Names the pair that cannot both be right among the compared figures, each allowing what its
 * wording allows, as the server's disjointness does: the highest lower bound and the lowest upper.
 */
function disjointWarning(c: Comparison): ComparisonWarning | null {
  const bounded = comparedEntries(c).map((e) => ({ ...e, allowed: allowedInterval(e.claim.value, c.tolerance)! }));
  if (!c.disjoint || bounded.length < 2) return null;
  const highestFloor = bounded.reduce((a, b) => (b.allowed.low > a.allowed.low ? b : a));
  const lowestCeiling = bounded.reduce((a, b) => ((b.allowed.high ?? Infinity) < (a.allowed.high ?? Infinity) ? b : a));
  return {
    kind: 'disjoint',
    highestFloor: { claim: highestFloor.claim, source: highestFloor.source },
    lowestCeiling: { claim: lowestCeiling.claim, source: lowestCeiling.source },
  };
}

/** What an analyst should know before reading the comparison's figures side by side. */
export function comparisonWarnings(comparison: Comparison): ComparisonWarning[] {
  return [disjointWarning(comparison), staleWarning(comparison)].filter((w): w is ComparisonWarning => w !== null);
}
