import type { ClaimValue } from '../schemas/claim.js';
import type { Reliability } from '../schemas/source.js';
import type {
  BestEstimate as Best,
  Estimate,
  EstimateBound as Bound,
  EstimateCluster as Cluster,
} from '../schemas/estimate.js';
import { allowedInterval } from '../analysis/tolerance.js';
import { logLikelihood, widths } from './likelihood.js';
import { isCredibleBound, weightOf } from './weights.js';

/** What the estimate reads of a claim: its figure as worded, and how far it and its source are trusted. */
export interface EstimatedClaim {
  id: number;
  sourceId: number;
  value: ClaimValue;
  credibility: number;
  reliability: Reliability;
}

/**
 * Points of the grid the likelihoods are summed on: enough that an approximate figure's width spans
 * several, so that the median moves by less than the two significant figures it is shown with, and
 * few enough that every overview row can carry its metric's estimate.
 */
const gridPoints = 240;
/** How far past the claims' own figures the grid reaches, as a factor: room for their tails. */
const gridMargin = 10;

/** Whether values up to `high` (null: without end) come within the tolerance of `low`. */
const reaches = (high: number | null, low: number, tolerance: number) => high === null || low <= high * (1 + tolerance);

type Allowed = { claim: EstimatedClaim; low: number; high: number | null };

/**
 * Splits claims into the fewest groups whose members can all be right at once, within the
 * tolerance: in order of the highest value each allows, a claim joins the first group whose shared
 * value it allows, or starts one at its own highest value, the classic way of stabbing intervals
 * with the fewest points. A bound that fits several groups joins the lowest.
 */
function clustersOf(claims: readonly Allowed[], tolerance: number): Cluster[] {
  const byHigh = [...claims].sort((a, b) => (a.high ?? Infinity) - (b.high ?? Infinity) || a.claim.id - b.claim.id);
  const clusters: (Cluster & { point: number })[] = [];
  for (const { claim, low, high } of byHigh) {
    const joined = clusters.find((c) => low <= c.point);
    if (joined) {
      joined.claimIds.push(claim.id);
      joined.low = Math.max(joined.low, low);
    } else {
      clusters.push({ claimIds: [claim.id], low, high, point: high === null ? Infinity : high * (1 + tolerance) });
    }
  }
  return clusters.map(({ claimIds, low, high }) => ({ claimIds, low, high }));
}

/** The credible claim whose bound is the tightest on one side, if any claim bounds that side. */
function tightest(claims: readonly Allowed[], side: 'lower' | 'upper'): Bound | null {
  let best: Bound | null = null;
  for (const { claim } of claims) {
    if (!isCredibleBound(claim.reliability, claim.credibility)) continue;
    const v = claim.value;
    const bound =
      side === 'lower'
        ? v.kind === 'at_least'
          ? v.value
          : v.kind === 'range'
            ? v.low
            : null
        : v.kind === 'at_most'
          ? v.value
          : v.kind === 'range'
            ? v.high
            : null;
    if (bound === null) continue;
    if (!best || (side === 'lower' ? bound > best.value : bound < best.value))
      best = { value: bound, claimId: claim.id };
  }
  return best;
}

/** The numbers a claim states, for where the grid must reach. */
const statedNumbers = (v: ClaimValue) =>
  v.kind === 'statement' ? [] : v.kind === 'range' ? [v.low, v.high] : [v.value];

/**
 * The median and middle intervals of the claims' likelihoods combined, each raised to its claim's
 * weight, on a grid of log values from `from` to `to`.
 */
function combine(
  claims: readonly { claim: EstimatedClaim; weight: number }[],
  tolerance: number,
  from: number,
  to: number,
): Omit<Best, 'claimIds'> {
  const terms = claims.map(({ claim, weight }) => ({ weight, logLikelihood: logLikelihood(claim.value, tolerance)! }));
  const step = (to - from) / (gridPoints - 1);
  // Typed arrays and plain loops: every overview row computes one, thousands on a large catalogue.
  const sums = new Float64Array(gridPoints);
  let top = -Infinity;
  for (let i = 0; i < gridPoints; i++) {
    const x = from + i * step;
    let sum = 0;
    for (const t of terms) sum += t.weight * t.logLikelihood(x);
    sums[i] = sum;
    if (sum > top) top = sum;
  }
  const cumulative = new Float64Array(gridPoints);
  let previous = Math.exp(sums[0]! - top);
  for (let i = 1; i < gridPoints; i++) {
    const density = Math.exp(sums[i]! - top);
    cumulative[i] = cumulative[i - 1]! + (previous + density) / 2;
    previous = density;
  }
  const total = cumulative[gridPoints - 1]!;
  const quantile = (q: number) => {
    const target = q * total;
    let i = 1;
    while (i < gridPoints - 1 && cumulative[i]! < target) i++;
    const [before, after] = [cumulative[i - 1]!, cumulative[i]!];
    const share = after > before ? (target - before) / (after - before) : 0;
    return Math.exp(from + (i - 1 + share) * step);
  };
  return {
    median: quantile(0.5),
    interval50: { low: quantile(0.25), high: quantile(0.75) },
    interval90: { low: quantile(0.05), high: quantile(0.95) },
  };
}

/** Where a standard normal distribution leaves a quarter and a twentieth below it. */
const quartileZ = 0.6744897501960817;
const twentiethZ = 1.6448536269514722;

/**
 * The same as `combine` when every claim is a figure, exact or approximate, and no bound cuts the
 * result: bell curves on a log scale, each raised to its weight, multiply into one bell curve whose
 * centre and width are known exactly, with no grid to sum. Most metrics' estimates are these.
 */
function bellCurves(
  claims: readonly { claim: EstimatedClaim; weight: number }[],
  tolerance: number,
): Omit<Best, 'claimIds'> | null {
  const w = widths(tolerance);
  let [precision, weighted] = [0, 0];
  for (const { claim, weight } of claims) {
    const v = claim.value;
    if ((v.kind !== 'exact' && v.kind !== 'approximate') || v.value <= 0) return null;
    const sigma = v.kind === 'exact' ? w.exact : w.about;
    precision += weight / sigma ** 2;
    weighted += (weight * Math.log(v.value)) / sigma ** 2;
  }
  const [centre, spread] = [weighted / precision, 1 / Math.sqrt(precision)];
  const at = (z: number) => Math.exp(centre + z * spread);
  return {
    median: at(0),
    interval50: { low: at(-quartileZ), high: at(quartileZ) },
    interval90: { low: at(-twentiethZ), high: at(twentiethZ) },
  };
}

/**
 * What a metric's claims support taken together: each claim the latest of an independent origin
 * for the metric's whole scope, as the caller picks them.
 *
 * The credible claims (see `isCredibleBound`) decide whether there is a consensus: if they cannot
 * all be right at once, even with the tolerance, there is no best figure, only the groups that
 * agree among themselves, since averaging 9 and 6,000 gives a figure nobody claims. Otherwise the
 * best figure combines every claim that the consensus allows, each weighted by its grades, between
 * the tightest credible bounds, which are taken as given.
 */
export function estimate(claims: readonly EstimatedClaim[], { tolerance }: { tolerance: number }): Estimate {
  const leftOut: Estimate['leftOut'] = [];
  const weighed: (Allowed & { weight: number })[] = [];
  for (const claim of claims) {
    const interval = allowedInterval(claim.value, tolerance);
    const weight = weightOf(claim.reliability, claim.credibility);
    if (!interval) leftOut.push({ claimId: claim.id, reason: 'no_figure' });
    else if (weight === 0) leftOut.push({ claimId: claim.id, reason: 'zero_weight' });
    else weighed.push({ claim, low: interval.low, high: interval.high, weight });
  }
  const credible = weighed.filter((c) => isCredibleBound(c.claim.reliability, c.claim.credibility));
  const judged = credible.length > 0 ? credible : weighed;
  const clusters = clustersOf(judged, tolerance);
  const [lower, upper] = [tightest(weighed, 'lower'), tightest(weighed, 'upper')];
  const base = { lower, upper, clusters };
  if (clusters.length > 1) {
    return { ...base, consensus: false, best: null, noBest: 'no_consensus', used: [], leftOut };
  }

  const span = clusters[0];
  const used = weighed.filter((c) => {
    const inside = !span || (reaches(c.high, span.low, tolerance) && reaches(span.high, c.low, tolerance));
    if (!inside) leftOut.push({ claimId: c.claim.id, reason: 'outside_consensus' });
    const placeable = statedNumbers(c.claim.value).some((n) => n > 0);
    if (inside && !placeable) leftOut.push({ claimId: c.claim.id, reason: 'zero' });
    return inside && placeable;
  });
  const usedList = used.map((c) => ({ claimId: c.claim.id, sourceId: c.claim.sourceId, weight: c.weight }));
  const result = { ...base, consensus: true, used: usedList, leftOut };
  if (used.length === 0) return { ...result, best: null, noBest: 'no_figures' };
  if (used.every((c) => c.claim.value.kind === 'at_least' || c.claim.value.kind === 'at_most'))
    return { ...result, best: null, noBest: 'only_bounds' };

  const numbers = used.flatMap((c) => statedNumbers(c.claim.value)).filter((n) => n > 0);
  let [from, to] = [Math.log(Math.min(...numbers) / gridMargin), Math.log(Math.max(...numbers) * gridMargin)];
  // Credible bounds are taken as given, unless they cross, which the tolerance allowed.
  if (lower && upper && lower.value > upper.value) [from, to] = [Math.log(upper.value), Math.log(lower.value)];
  else {
    if (lower && lower.value > 0) from = Math.log(lower.value);
    if (upper && upper.value > 0) to = Math.log(upper.value);
  }
  const middle = lower || upper ? null : bellCurves(used, tolerance);
  const best = { ...(middle ?? combine(used, tolerance, from, to)), claimIds: used.map((c) => c.claim.id) };
  return { ...result, best, noBest: null };
}
