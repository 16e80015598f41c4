import type { AnalysedClaim, Dated } from '../../../shared/analysis/claims.js';
import { supersessionFinder } from '../../../shared/analysis/superseded.js';
import { toleranceOf } from '../../../shared/analysis/tolerance.js';
import { estimateOfLatest, type EstimateOptions } from '../../../shared/estimate/inputs.js';
import { estimateRules } from '../../../shared/estimate/rules.js';
import type { EstimateAnswer } from '../../../shared/schemas/index.js';
import { claimsStatedBy, latestClaimsPerSource } from '../../storage/claimQueries.js';
import type { Db } from '../../storage/database.js';
import { recordStore } from '../../storage/records.js';
import { judgedBy, sourceLookup } from './reads.js';

/**
 * What a metric's claims support taken together as of a date, from each source's latest claim;
 * null for no such metric. The metric's history is read too, to find the latest claims that repeat
 * a revised figure.
 */
export async function readEstimate(
  db: Db,
  metricId: number,
  asOf: string,
  options: EstimateOptions,
): Promise<EstimateAnswer | null> {
  const metric = await recordStore(db, 'metric').get(metricId);
  if (!metric || metric.deletedAt) return null;
  // The claims the comparison weighs by default, and the overview's estimate too: a claim graded
  // improbable is no source's word, so the source's latest other claim is.
  const basis = { metricId, asOf, includeImprobable: false };
  const [claims, history] = await Promise.all([latestClaimsPerSource(db, basis), claimsStatedBy(db, basis)]);
  const sourceOf = await sourceLookup(db, claims);
  const tolerance = toleranceOf(metric);
  const dated = history.filter((c): c is Dated<AnalysedClaim> => c.statedOn !== null);
  const supersession = supersessionFinder(dated, tolerance);
  const byId = new Map(dated.map((c) => [c.id, c]));
  const answer = estimateOfLatest(
    claims,
    {
      ...judgedBy(sourceOf),
      isSuperseded: (id) => {
        const claim = byId.get(id);
        return claim !== undefined && supersession(claim) !== null;
      },
    },
    { ...options, tolerance },
  );
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
