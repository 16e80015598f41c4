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
  const interval = allowedInterval(claim.value, tolerance);
  if (!interval) return null;
  const near = whole.latestNear(claim.statedOn, outlierWindowDays);
  const bounds = near.flatMap((c) => {
    const allowed = allowedInterval(c.value, tolerance);
    return allowed ? [{ claim: c, high: allowed.high ?? Infinity }] : [];
  });
  if (bounds.length === 0 || !bounds.every((b) => interval.low > b.high)) return null;
  const highest = bounds.reduce((a, b) => (b.high > a.high ? b : a));
  return {
    kind: 'partial_exceeds_whole',
    severity: 'warning',
    claimIds: [claim.id, ...bounds.map((b) => b.claim.id)],
    sourceIds: [claim.sourceId, ...bounds.map((b) => b.claim.sourceId)],
    message: `${claimPhrase(claim, names)} covers only part of the scope, yet is more than every whole-scope figure of those months allows, the highest being ${claimPhrase(highest.claim, names)}.`,
  };
}
