import { divergenceStats, pointOf } from '../divergence.js';
import type { DivergenceStats } from '../schemas/comparison.js';
import { isPartial, type AnalysedClaim } from './claims.js';
import { allowedInterval } from './tolerance.js';

/**
 * Whether a source's latest claim is one the spread measures: dated (an undated claim may postdate
 * the as-of date), a figure in its own right rather than a repeat of another claim, and for the
 * metric's whole scope or a scope not said. Figures for part of the scope are compared with none.
 */
export const isCompared = (claim: AnalysedClaim) =>
  claim.statedOn !== null && claim.repeatsClaimId === null && !isPartial(claim);

/**
 * How far the compared figures of sources' latest claims diverge, each figure allowing what its
 * wording allows: "about" a band of ±tolerance, so that two approximate figures within it agree.
 */
export function headlineStats(latest: readonly AnalysedClaim[], tolerance: number): DivergenceStats {
  return divergenceStats(
    latest.filter(isCompared).flatMap((claim) => {
      const [interval, point] = [allowedInterval(claim.value, tolerance), pointOf(claim.value)];
      return interval && point !== null ? [{ interval, point }] : [];
    }),
  );
}
