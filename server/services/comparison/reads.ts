import type { Claim, Comparison, DivergenceRow, Metric, Source } from '../../../shared/schemas/index.js';
import { compareClaims, compareStatedOn } from '../../../shared/divergence.js';
import { latestClaimsPerSource } from '../../storage/claimQueries.js';
import type { Db } from '../../storage/database.js';
import { recordStore } from '../../storage/records.js';

/** What picks the metrics of a ranking, beside the as-of date. */
export interface RankingFilters {
  asOf: string;
  topic: string | undefined;
  /** Part of a metric's name, case aside. */
  q: string | undefined;
  includeImprobable: boolean;
}

/** The sources these claims name, deleted ones included: a claim keeps its deleted source's name. */
async function sourceLookup(db: Db, claims: readonly Claim[]): Promise<(id: number) => Source> {
  const sources = await recordStore(db, 'source').getMany([...new Set(claims.map((c) => c.sourceId))]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => byId.get(id)!;
}

/** Each source's latest claim on one metric as of a date, and how far they diverge; null for no such metric. */
export async function readComparison(
  db: Db,
  metricId: number,
  asOf: string,
  includeImprobable: boolean,
): Promise<Comparison | null> {
  const metric = await recordStore(db, 'metric').get(metricId);
  if (!metric || metric.deletedAt) return null;
  const claims = await latestClaimsPerSource(db, { metricId, asOf, includeImprobable });
  const { entries, statements, stats } = compareClaims(claims, await sourceLookup(db, claims));
  return { metric, asOf, entries, statements, ...stats };
}

function divergenceRow(metric: Metric, claims: readonly Claim[], sourceOf: (id: number) => Source): DivergenceRow {
  const { entries, stats } = compareClaims(claims, sourceOf);
  const dates = claims.map((c) => c.statedOn).sort(compareStatedOn);
  return {
    metric,
    ...stats,
    sourceCount: new Set(claims.map((c) => c.sourceId)).size,
    latestStatedOn: dates.at(-1) ?? null,
    points: entries.map(({ source, claim, point }) => ({
      sourceId: source.id,
      sourceName: source.shortName ?? source.name,
      reliability: source.reliability,
      group: source.group,
      claimId: claim.id,
      point,
      value: claim.value,
      scope: claim.scope,
      statedOn: claim.statedOn,
      via: claim.via,
      reportedBy: claim.reportedBy,
      credibility: claim.credibility,
      quote: claim.quote,
      citationUrl: claim.citationUrl,
    })),
  };
}

const mostDivergentFirst = (a: DivergenceRow, b: DivergenceRow) =>
  (b.ordersOfMagnitude ?? -1) - (a.ordersOfMagnitude ?? -1) ||
  Number(b.disjoint) - Number(a.disjoint) ||
  a.metric.name.localeCompare(b.metric.name);

/**
 * Every live metric that matches the filters, most divergent first, each row as its JSON: pages
 * are cut from the ranking by joining rows, without parsing or serializing it again.
 */
export async function readRanking(db: Db, filters: RankingFilters): Promise<string[]> {
  const [metrics, claims] = await Promise.all([
    recordStore(db, 'metric').list({ includeDeleted: false }),
    latestClaimsPerSource(db, { asOf: filters.asOf, includeImprobable: filters.includeImprobable }),
  ]);
  const sourceOf = await sourceLookup(db, claims);
  const claimsByMetric = new Map<number, Claim[]>();
  for (const claim of claims) {
    const own = claimsByMetric.get(claim.metricId);
    if (own) own.push(claim);
    else claimsByMetric.set(claim.metricId, [claim]);
  }
  const topic = filters.topic?.toLowerCase();
  const name = filters.q?.toLowerCase();
  return metrics
    .filter((m) => topic === undefined || m.topic?.toLowerCase() === topic)
    .filter((m) => name === undefined || m.name.toLowerCase().includes(name))
    .map((metric) => divergenceRow(metric, claimsByMetric.get(metric.id) ?? [], sourceOf))
    .sort(mostDivergentFirst)
    .map((row) => JSON.stringify(row));
}
