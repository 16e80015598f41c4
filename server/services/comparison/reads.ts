import type { Comparison, DivergenceRow, Metric, Source } from '../../../shared/schemas/index.js';
import { compareClaims, compareStatedOn } from '../../../shared/divergence.js';
import { analyse } from '../../../shared/analysis/analyse.js';
import { latestPerSource, type AnalysedClaim, type Namer } from '../../../shared/analysis/claims.js';
import { headlineStats } from '../../../shared/analysis/compared.js';
import { findingCounts, rankedSpread } from '../../../shared/analysis/ranking.js';
import type { WholeMetric } from '../../../shared/analysis/related.js';
import { toleranceOf } from '../../../shared/analysis/tolerance.js';
import { estimateOfLatest, estimateSummary } from '../../../shared/estimate/inputs.js';
import {
  claimCitations,
  claimsStatedBy,
  claimsStatedByMetric,
  metricsReadingClaimsStatedBetween,
  undatedClaims,
} from '../../storage/claimQueries.js';
import type { Db } from '../../storage/database.js';
import { recordStore } from '../../storage/records.js';
import type { ClaimCitation } from '../../storage/rows.js';
import type { RankedRow, RankingBasis } from './rankingTables.js';

/** The sources these claims name, deleted ones included: a claim keeps its deleted source's name. */
export async function sourceLookup(db: Db, claims: readonly { sourceId: number }[]): Promise<(id: number) => Source> {
  const sources = await recordStore(db, 'source').getMany([...new Set(claims.map((c) => c.sourceId))]);
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => byId.get(id)!;
}

/** What the estimate reads of the sources, besides which claims repeat a revised figure. */
export const judgedBy = (sourceOf: (id: number) => Source) => ({
  reliabilityOf: (id: number) => sourceOf(id).reliability,
  isParty: (id: number) => sourceOf(id).party,
});

/** Findings name sources by their short names and figures in the metric's unit. */
const namesFor = (metric: Metric, sourceOf: (id: number) => Source): Namer => ({
  source: (id) => sourceOf(id).shortName ?? sourceOf(id).name,
  unit: metric.unit,
});

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
  const [history, undated, whole, wholeClaims] = await Promise.all([
    claimsStatedBy(db, { metricId, asOf, includeImprobable }),
    undatedClaims(db, { metricId, includeImprobable }),
    wholeId === null ? undefined : recordStore(db, 'metric').get(wholeId),
    wholeId === null ? [] : claimsStatedBy(db, { metricId: wholeId, asOf, includeImprobable }),
  ]);
  // Each source's latest claim, taken from the history by the rule `latestClaimsPerSource` reads
  // them by, as the overview's rows take them, and then read whole: one walk of the metric's
  // claims fewer. A source with only undated claims has one as its latest: it is listed with the
  // undated instead.
  const latestIds = latestPerSource(history).flatMap((c) => (c.statedOn === null ? [] : [c.id]));
  const [sourceOf, latest] = await Promise.all([
    sourceLookup(db, [...history, ...wholeClaims]),
    recordStore(db, 'claim').getMany(latestIds),
  ]);
  const claims = latest.sort((a, b) => a.sourceId - b.sourceId);
  const { entries, statements } = compareClaims(claims, sourceOf);
  const tolerance = toleranceOf(metric);
  const stats = headlineStats(claims, tolerance);
  const { findings, origins } = analyse(history, {
    tolerance,
    names: namesFor(metric, sourceOf),
    whole: whole && wholeMetric(metric, whole, wholeClaims),
  });
  return {
    metric,
    asOf,
    tolerance,
    entries,
    statements,
    undated: undated.map((claim) => ({ claim, source: sourceOf(claim.sourceId) })),
    ...stats,
    findings,
    origins,
  };
}

/** The metric a part counts part of, as the findings read it. */
const wholeMetric = (part: Metric, whole: Metric, claims: readonly AnalysedClaim[]): WholeMetric => ({
  partName: part.name,
  name: whole.name,
  tolerance: toleranceOf(whole),
  claims,
});

/**
 * A metric's overview row: `history` is every claim stated by the as-of date, which the findings
 * are read from as the comparison reads them, and `latest` each source's latest of them.
 */
function divergenceRow(
  metric: Metric,
  latest: readonly AnalysedClaim[],
  history: readonly AnalysedClaim[],
  sourceOf: (id: number) => Source,
  citationOf: (claimId: number) => ClaimCitation,
  whole: WholeMetric | undefined,
): DivergenceRow {
  const { entries } = compareClaims(latest, sourceOf);
  const tolerance = toleranceOf(metric);
  const stats = headlineStats(latest, tolerance);
  const { findings } = analyse(history, { tolerance, names: namesFor(metric, sourceOf), whole });
  const dates = latest.map((c) => c.statedOn).sort(compareStatedOn);
  // The superseded figures are those the findings name first, as the estimate's own page finds them.
  const superseded = new Set(findings.flatMap((f) => (f.kind === 'superseded' ? [f.claimIds[0]] : [])));
  const estimate = estimateOfLatest(
    latest.map((c) => ({ ...c, credibility: citationOf(c.id).credibility })),
    { ...judgedBy(sourceOf), isSuperseded: (id) => superseded.has(id) },
    { includePartial: false, tolerance },
  );
  return {
    metric,
    ...stats,
    findings: findingCounts(findings),
    ranked: rankedSpread(latest, findings, stats, tolerance),
    estimate: estimateSummary(estimate),
    sourceCount: latest.length,
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
      ...citationOf(claim.id),
    })),
  };
}

/**
 * The overview rows of these live metrics as of a date (of every live metric, for null), and
 * which of the ids asked for are of no live metric: each row as its JSON, which pages are cut from
 * by joining rows, without parsing or serializing them again.
 *
 * One read of the metrics' histories, in lean columns, serves both the findings and each source's
 * latest claim, taken from it by the rule `latestClaimsPerSource` reads them by (dated before
 * undated, then the newest, then the last entered); only the latest claims' quotes and citations
 * are read besides. On a catalogue of 6,000 metrics of a claim each this takes what reading the
 * latest claims alone did (80 ms); on metrics of a thousand claims each, the analysis is most of
 * it (about 3.5 ms a metric), which a write's mending of its one metric pays too.
 */
export async function readRows(
  db: Db,
  basis: RankingBasis,
  metricIds: number[] | null,
): Promise<{ rows: RankedRow[]; gone: number[] }> {
  const store = recordStore(db, 'metric');
  if (metricIds !== null) {
    const metrics = (await store.getMany(metricIds)).filter((m) => m.deletedAt === null);
    const live = new Set(metrics.map((m) => m.id));
    return { rows: await rowsInSlices(db, basis, metrics), gone: metricIds.filter((id) => !live.has(id)) };
  }
  return { rows: await rowsInSlices(db, basis, await store.list({ includeDeleted: false })), gone: [] };
}

/**
 * The live metrics whose overview rows as of the basis may differ from their rows as of `other`:
 * a row reads the claims stated by its date and nothing else of the date, so only the metrics
 * that read a claim stated between the two.
 */
export function rowsDiffering(db: Db, basis: RankingBasis, other: string): Promise<number[]> {
  const [after, upTo] = basis.asOf < other ? [basis.asOf, other] : [other, basis.asOf];
  return metricsReadingClaimsStatedBetween(db, { after, upTo, includeImprobable: basis.includeImprobable });
}

/**
 * How long one slice of a read of every row may hold the reader's thread before the reads waiting
 * behind it get a turn: on a million claims every row together took seconds, and every comparison
 * asked meanwhile waited for all of it.
 */
const sliceMs = 25;

/**
 * These metrics' rows, a slice of metrics at a time, each slice sized by how long the last took:
 * every metric's, or the many that differ from a nearby date's.
 */
async function rowsInSlices(db: Db, basis: RankingBasis, metrics: readonly Metric[]): Promise<RankedRow[]> {
  const live = metrics.filter((m) => m.deletedAt === null);
  const rows: RankedRow[] = [];
  let size = 16;
  for (let start = 0; start < live.length;) {
    const began = performance.now();
    rows.push(...(await rowsOf(db, basis, live.slice(start, start + size))));
    start += size;
    const took = performance.now() - began;
    size = took < sliceMs / 2 ? size * 2 : took > sliceMs * 2 ? Math.max(1, size >> 1) : size;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

/** These live metrics' rows, from one read of their histories. */
async function rowsOf(db: Db, basis: RankingBasis, metrics: readonly Metric[]): Promise<RankedRow[]> {
  const store = recordStore(db, 'metric');
  // A part's row checks its figures against its whole's, as its comparison does: the wholes'
  // histories are read too when only some rows are.
  const wholeIds = [...new Set(metrics.flatMap((m) => (m.partOfMetricId === null ? [] : [m.partOfMetricId])))];
  const listed = new Map(metrics.map((m) => [m.id, m]));
  const wholes = new Map(
    [...metrics, ...(await store.getMany(wholeIds.filter((id) => !listed.has(id))))].map((m) => [m.id, m]),
  );
  const histories = await claimsStatedByMetric(db, {
    ...basis,
    metricIds: [...new Set([...metrics.map((m) => m.id), ...wholeIds])],
  });
  const wholeOf = (metric: Metric) => {
    const whole = metric.partOfMetricId === null ? undefined : wholes.get(metric.partOfMetricId);
    return whole && wholeMetric(metric, whole, histories.get(whole.id) ?? []);
  };
  // Undated claims count in no overview, as in no comparison: a source's latest is a dated claim.
  const latestOf = new Map(
    metrics.map((m) => [m.id, latestPerSource(histories.get(m.id) ?? []).filter((c) => c.statedOn !== null)]),
  );
  const latest = [...latestOf.values()].flat();
  const [sourceOf, citations] = await Promise.all([
    sourceLookup(db, [...latest, ...wholeIds.flatMap((id) => histories.get(id) ?? [])]),
    claimCitations(
      db,
      latest.map((c) => c.id),
    ),
  ]);
  const citationOf = (claimId: number) => citations.get(claimId)!;
  return metrics.map((metric): RankedRow => {
    const row = divergenceRow(
      metric,
      latestOf.get(metric.id)!,
      histories.get(metric.id) ?? [],
      sourceOf,
      citationOf,
      wholeOf(metric),
    );
    return {
      metricId: metric.id,
      json: JSON.stringify(row),
      ordersOfMagnitude: row.ranked.ordersOfMagnitude,
      disjoint: row.ranked.disjoint,
      name: metric.name,
      topic: metric.topic,
    };
  });
}
