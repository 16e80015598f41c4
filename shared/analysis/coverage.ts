import type { Finding } from '../schemas/finding.js';
import { claimPhrase, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import { outlierWindowDays } from './outliers.js';
import type { TimeIndex } from './timeIndex.js';
import { allowedInterval } from './tolerance.js';

/** A figure for part of the scope, which the spread leaves out: said once, as a note. */
export function partialCoverageFinding(claim: AnalysedClaim, names: Namer): Finding {
  const scope = claim.scope ? ` (${claim.scope})` : '';
  return {
    kind: 'partial_coverage',
    severity: 'note',
    claimIds: [claim.id],
    sourceIds: [claim.sourceId],
    message: `${claimPhrase(claim, names)} covers only part of the scope${scope}: it is not compared with whole-scope figures, nor counted in the spread.`,
  };
}

/** Each source's latest figure for the whole, of the same months as a part's, that the part's figure is above. */
export interface Exceeded<W extends AnalysedClaim> {
  bounds: { claim: Dated<W>; high: number }[];
  highest: Dated<W>;
}

/**
 * Whether a figure for a part is more than every figure for the whole of the same months allows,
 * each source's latest of those months counting once; each side read with its own tolerance.
 */
export function exceedsWhole<W extends AnalysedClaim>(
  claim: Dated<AnalysedClaim>,
  whole: TimeIndex<W>,
  tolerances: { part: number; whole: number },
): Exceeded<W> | null {
  const interval = allowedInterval(claim.value, tolerances.part);
  if (!interval) return null;
  const near = whole.latestNear(claim.statedOn, outlierWindowDays);
  const bounds = near.flatMap((c) => {
    const allowed = allowedInterval(c.value, tolerances.whole);
    return allowed ? [{ claim: c, high: allowed.high ?? Infinity }] : [];
  });
  if (bounds.length === 0 || !bounds.every((b) => interval.low > b.high)) return null;
  return { bounds, highest: bounds.reduce((a, b) => (b.high > a.high ? b : a)).claim };
}

/**
 * A figure for part of the scope that is more than every whole-scope figure of the same months
 * allows: a unit cannot lose more soldiers than the whole contingent did. One of the figures is
 * wrong, or the scopes are not what they say.
 */
export function partialExceedsWholeFinding<C extends AnalysedClaim>(
  claim: Dated<C>,
  whole: TimeIndex<C>,
  tolerance: number,
  names: Namer,
): Finding | null {
  const exceeded = exceedsWhole(claim, whole, { part: tolerance, whole: tolerance });
  if (!exceeded) return null;
  const { bounds, highest } = exceeded;
  return {
    kind: 'partial_exceeds_whole',
    severity: 'warning',
    claimIds: [claim.id, ...bounds.map((b) => b.claim.id)],
    sourceIds: [claim.sourceId, ...bounds.map((b) => b.claim.sourceId)],
    message: `${claimPhrase(claim, names)} covers only part of the scope, yet is more than every whole-scope figure of those months allows, the highest being ${claimPhrase(highest, names)}.`,
  };
}
