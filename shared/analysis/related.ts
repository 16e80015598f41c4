import type { Finding } from '../schemas/finding.js';
import { listInWords } from '../wording.js';
import { claimPhrase, latestPerSource, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import { exceedsWhole } from './coverage.js';
import { outlierWindowDays } from './outliers.js';
import type { TimeIndex } from './timeIndex.js';
import { sameStatedFigure } from './tolerance.js';

/** The metric a metric counts part of (casualties, of killed), as the findings read it. */
export interface WholeMetric {
  /** How the findings name the part (the metric analysed) and the whole. */
  partName: string;
  name: string;
  tolerance: number;
  /** The whole's live claims stated by the as-of date, as the part's are given. */
  claims: readonly AnalysedClaim[];
}

/**
 * How far apart a part's figure and the whole's may be stated and still be one figure under two
 * labels. A relabelled figure lives on in the background lines of wire copy for months: the demo's
 * "more than 6,000 killed" of November 2025 is UK MoD's "more than 6,000 casualties" of June, five
 * months earlier. Beyond half a year counts have moved on, and an equal figure is likelier chance.
 */
export const conflationWindowDays = 183;

/**
 * A part's figure that the whole's claims gave within the window, at the precision it is worded in
 * (not merely within the tolerance: killed are often a large share of casualties, so a close figure
 * is no sign, while the same figure is how a relabelling shows). Each source's latest such figure
 * for the whole is named once.
 */
export function conflationFinding(
  claim: Dated<AnalysedClaim>,
  whole: TimeIndex<Dated<AnalysedClaim>>,
  metric: WholeMetric,
  names: Namer,
): Finding | null {
  if (claim.value.kind === 'statement') return null;
  const matches = latestPerSource(
    whole.allNear(claim.statedOn, conflationWindowDays).filter((c) => sameStatedFigure(c.value, claim.value)),
  );
  if (matches.length === 0) return null;
  return {
    kind: 'conflation',
    severity: 'warning',
    claimIds: [claim.id, ...matches.map((c) => c.id)],
    sourceIds: [...new Set([claim.sourceId, ...matches.map((c) => c.sourceId)])],
    message:
      `Possible conflation of “${metric.partName}” with “${metric.name}”: ${claimPhrase(claim, names)} is the ` +
      `figure ${listInWords(matches.map((c) => claimPhrase(c, names)))} gave for “${metric.name}”.`,
  };
}

/**
 * A part's figure above what every figure of the whole of the same months allows: no more can be
 * killed than were killed or wounded. One of the figures is wrong, or one counts something else.
 */
export function partExceedsWholeFinding(
  claim: Dated<AnalysedClaim>,
  whole: TimeIndex<Dated<AnalysedClaim>>,
  metric: WholeMetric,
  tolerance: number,
  names: Namer,
): Finding | null {
  const exceeded = exceedsWhole(claim, whole, { part: tolerance, whole: metric.tolerance });
  if (!exceeded) return null;
  const { bounds, highest } = exceeded;
  return {
    kind: 'partial_exceeds_whole',
    severity: 'warning',
    claimIds: [claim.id, ...bounds.map((b) => b.claim.id)],
    sourceIds: [...new Set([claim.sourceId, ...bounds.map((b) => b.claim.sourceId)])],
    message:
      `${claimPhrase(claim, names)} counts part of “${metric.name}”, yet is more than every figure of it within ` +
      `${outlierWindowDays} days allows, the highest being ${claimPhrase(highest, names)}.`,
  };
}
