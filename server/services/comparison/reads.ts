import type { Claim, Comparison, DivergenceRow, Metric, Source } from '../../../shared/schemas/index.js';
import { compareClaims, compareStatedOn } from '../../../shared/divergence.js';
import { analyse } from '../../../shared/analysis/analyse.js';
import { headlineStats } from '../../../shared/analysis/compared.js';
import { toleranceOf } from '../../../shared/analysis/tolerance.js';
import { claimsStatedBy, latestClaimsPerSource } from '../../storage/claimQueries.js';
import type { Db } from '../../storage/database.js';
import { recordStore } from '../../storage/records.js';
import type { RankedRow, RankingBasis } from './rankingTables.js';

/** The sources these claims name, deleted ones included: a claim keeps its deleted source's name. */
export async function sourceLookup(db: Db, claims: readonly { sourceId: number }[]): Promise<(id: number) => Source> {
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
  // A part's figures are checked against its whole's; a whole's are not against its parts', since
  // each finding is about the part's figure, and there it is shown.
  const wholeId = metric.partOfMetricId;
  const [claims, history, whole, wholeClaims] = await Promise.all([
    latestClaimsPerSource(db, { metricId, asOf, includeImprobable }),
    claimsStatedBy(db, { metricId, asOf, includeImprobable }),
    wholeId === null ? undefined : recordStore(db, 'metric').get(wholeId),
    wholeId === null ? [] : claimsStatedBy(db, { metricId: wholeId, asOf, includeImprobable }),
  ]);
  const sourceOf = await sourceLookup(db, [...history, ...wholeClaims]);
  const { entries, statements } = compareClaims(claims, sourceOf);
  const tolerance = toleranceOf(metric);
  const stats = headlineStats(claims, tolerance);
  const { findings, origins } = analyse(history, {
    tolerance,
    names: { source: (id) => sourceOf(id).shortName ?? sourceOf(id).name, unit: metric.unit },
    whole: whole && { partName: metric.name, name: whole.name, tolerance: toleranceOf(whole), claims: wholeClaims },
  });
  return { metric, asOf, tolerance, entries, statements, ...stats, findings, origins };
}

function divergenceRow(metric: Metric, claims: readonly Claim[], sourceOf: (id: number) => Source): DivergenceRow {
  const { entries } = compareClaims(claims, sourceOf);
  const stats = headlineStats(claims, toleranceOf(metric));
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

/**
 * The overview rows of these live metrics as of a date (of every live metric, for null), and
 * which of the ids asked for are of no live metric: each row as its JSON, which pages are cut from
 * by joining rows, without parsing or serializing them again.
 */
export async function readRows(
  db: Db,
  basis: RankingBasis,
  metricIds: number[] | null,
): Promise<{ rows: RankedRow[]; gone: number[] }> {
  const store = recordStore(db, 'metric');
  const metrics = (
    metricIds === null ? await store.list({ includeDeleted: false }) : await store.getMany(metricIds)
  ).filter((m) => m.deletedAt === null);
  const claims =
    metricIds === null
      ? await latestClaimsPerSource(db, basis)
      : (await Promise.all(metrics.map((m) => latestClaimsPerSource(db, { ...basis, metricId: m.id })))).flat();
  const sourceOf = await sourceLookup(db, claims);
  const claimsByMetric = new Map<number, Claim[]>();
  for (const claim of claims) {
    const own = claimsByMetric.get(claim.metricId);
    if (own) own.push(claim);
    else claimsByMetric.set(claim.metricId, [claim]);
  }
  const rows = metrics.map((metric): RankedRow => {
    const row = divergenceRow(metric, claimsByMetric.get(metric.id) ?? [], sourceOf);
    return {
      metricId: metric.id,
      json: JSON.stringify(row),
      ordersOfMagnitude: row.ordersOfMagnitude,
      disjoint: row.disjoint,
      name: metric.name,
      topic: metric.topic,
    };
  });
  const live = new Set(metrics.map((m) => m.id));
  return { rows, gone: (metricIds ?? []).filter((id) => !live.has(id)) };
}
