import type { AnalysedClaim, Dated } from '../../../shared/analysis/claims.js';
import { supersessionFinder } from '../../../shared/analysis/superseded.js';
import { toleranceOf } from '../../../shared/analysis/tolerance.js';
import { estimateHistory, maxEstimateSteps } from '../../../shared/estimate/history.js';
import { estimateOfLatest, type EstimateOptions, type Judged } from '../../../shared/estimate/inputs.js';
import { estimateRules } from '../../../shared/estimate/rules.js';
import type { EstimateAnswer, EstimateHistory, Source } from '../../../shared/schemas/index.js';
import { claimsStatedBy, gradedClaimsStatedBy, latestClaimsPerSource } from '../../storage/claimQueries.js';
import type { Db } from '../../storage/database.js';
import { recordStore } from '../../storage/records.js';
import { judgedBy, sourceLookup } from './reads.js';

/**
 * The claims the comparison weighs by default, and the overview's estimate too: a claim graded
 * improbable is no source's word, so the source's latest other claim is.
 */
const basisOf = (metricId: number, asOf: string) => ({ metricId, asOf, includeImprobable: false });

/** The metric the estimate is of, unless there is none or it is deleted. */
async function liveMetric(db: Db, metricId: number) {
  const metric = await recordStore(db, 'metric').get(metricId);
  return metric && !metric.deletedAt ? metric : null;
}

/** What the estimate reads of the sources, and which claims of `history` repeat a figure their source had revised. */
function judgedIn(history: readonly AnalysedClaim[], sourceOf: (id: number) => Source, tolerance: number): Judged {
  const dated = history.filter((c): c is Dated<AnalysedClaim> => c.statedOn !== null);
  const supersession = supersessionFinder(dated, tolerance);
  const byId = new Map(dated.map((c) => [c.id, c]));
  return {
    ...judgedBy(sourceOf),
    isSuperseded: (id) => {
      const claim = byId.get(id);
      return claim !== undefined && supersession(claim) !== null;
    },
  };
}

/** What a metric's claims support taken together as of a date, from each source's latest claim; null for no such metric. */
export async function readEstimate(
  db: Db,
  metricId: number,
  asOf: string,
  options: EstimateOptions,
): Promise<EstimateAnswer | null> {
  const metric = await liveMetric(db, metricId);
  if (!metric) return null;
  const basis = basisOf(metricId, asOf);
  const [claims, history] = await Promise.all([latestClaimsPerSource(db, basis), claimsStatedBy(db, basis)]);
  const sourceOf = await sourceLookup(db, claims);
  const tolerance = toleranceOf(metric);
  const answer = estimateOfLatest(claims, judgedIn(history, sourceOf, tolerance), { ...options, tolerance });
  const names = { source: (id: number) => sourceOf(id).shortName ?? sourceOf(id).name, unit: metric.unit };
  const summaries = claims.map(({ id, sourceId, value, statedOn }) => ({
    id,
    sourceId,
    sourceName: names.source(sourceId),
    value,
    statedOn,
  }));
  return { metricId, asOf, tolerance, claims: summaries, ...answer, rules: estimateRules(answer, claims, names) };
}

/**
 * The estimate as it stood at each date a claim changed what it counts, up to `asOf`, from one read
 * of the metric's history; null for no such metric.
 */
export async function readEstimateHistory(
  db: Db,
  metricId: number,
  asOf: string,
  options: EstimateOptions,
): Promise<EstimateHistory | null> {
  const metric = await liveMetric(db, metricId);
  if (!metric) return null;
  const history = await gradedClaimsStatedBy(db, basisOf(metricId, asOf));
  const sourceOf = await sourceLookup(db, history);
  const tolerance = toleranceOf(metric);
  const { steps, dateCount } = estimateHistory(history, judgedIn(history, sourceOf, tolerance), {
    ...options,
    tolerance,
  });
  return { metricId, asOf, tolerance, dateCount, maxSteps: maxEstimateSteps, steps };
}

/** Which estimate a read asks for: as of its date, or as it stood at each date up to it. */
export type EstimateRead = 'asOf' | 'overTime';

/** That estimate as JSON, as the reader thread hands it back; null for no such metric. */
export async function readEstimateJson(
  db: Db,
  read: EstimateRead,
  metricId: number,
  asOf: string,
  options: EstimateOptions,
): Promise<string | null> {
  const answer = await (read === 'asOf' ? readEstimate : readEstimateHistory)(db, metricId, asOf, options);
  return answer && JSON.stringify(answer);
}
