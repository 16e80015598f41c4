import { headlineStats } from '../analysis/compared.js';
import { defaultTolerance } from '../analysis/tolerance.js';
import { compareClaims, divergenceStats, intervalOf, pointOf } from '../divergence.js';
import type { Claim, ClaimValue } from '../schemas/claim.js';
import { DivergenceRow, type Comparison } from '../schemas/comparison.js';
import type { Metric } from '../schemas/metric.js';
import type { Source } from '../schemas/source.js';

/** Fixtures for the chart builders' tests: records with only the fields that matter set. */
const meta = { version: 1, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', deletedAt: null };

export function source(id: number, shortName: string | null, group: string | null, name = `Source ${id}`): Source {
  return {
    id,
    name,
    shortName,
    group,
    kind: 'other',
    country: null,
    reliability: 'F',
    party: false,
    aliases: [],
    url: null,
    notes: null,
    ...meta,
  };
}

let nextClaimId = 1;
export function claim(
  sourceId: number,
  value: ClaimValue,
  statedOn: string | null,
  extra: Partial<Pick<Claim, 'scope' | 'quote' | 'coverage' | 'repeatsClaimId' | 'notes' | 'citationUrl'>> = {},
): Claim {
  return {
    id: nextClaimId++,
    metricId: 1,
    sourceId,
    value,
    scope: null,
    coverage: null,
    statedOn,
    via: null,
    reportedBy: null,
    citationUrl: null,
    quote: null,
    credibility: 6,
    repeatsClaimId: null,
    notes: null,
    ...meta,
    ...extra,
  };
}

export function metric(id: number, name: string, unit: string): Metric {
  return {
    id,
    name,
    aliases: [],
    unit,
    topic: null,
    description: null,
    tolerance: null,
    partOfMetricId: null,
    ...meta,
  };
}

/** A comparison as the server sends it: undated claims listed apart from the sources' latest claims. */
export function comparisonOf(claims: Claim[], sources: Source[]): Comparison {
  const sourceOf = (id: number) => sources.find((s) => s.id === id)!;
  const dated = claims.filter((c) => c.statedOn !== null);
  const { entries, statements } = compareClaims(dated, sourceOf);
  const stats = headlineStats(dated, defaultTolerance);
  return {
    metric: metric(1, 'Killed', 'soldiers'),
    asOf: '2025-12-31',
    tolerance: defaultTolerance,
    entries,
    statements,
    undated: claims.filter((c) => c.statedOn === null).map((claim) => ({ claim, source: sourceOf(claim.sourceId) })),
    ...stats,
    findings: [],
    origins: { claims: claims.length, independent: claims.length },
  };
}

/** One source's latest figure on an overview row. */
export interface OverviewFigure {
  source: Source;
  value: Exclude<ClaimValue, { kind: 'statement' }>;
  statedOn?: string | null;
}

/** A metric's overview row as the server sends it, from each source's latest figure, with no findings. */
export function divergenceRowOf(rowMetric: Metric, figures: readonly OverviewFigure[]): DivergenceRow {
  const points = figures.map(({ source, value, statedOn = null }) => ({
    claimId: nextClaimId++,
    value,
    scope: null,
    statedOn,
    via: null,
    reportedBy: null,
    credibility: 6,
    quote: null,
    citationUrl: null,
    sourceId: source.id,
    sourceName: source.name,
    reliability: source.reliability,
    group: source.group,
    point: pointOf(value)!,
  }));
  const dates = points.flatMap((p) => (p.statedOn ? [p.statedOn] : [])).sort();
  const stats = divergenceStats(points.map((p) => ({ interval: intervalOf(p.value)!, point: p.point })));
  return DivergenceRow.parse({
    ...stats,
    findings: [],
    ranked: { ...stats, leftOut: [] },
    estimate: { consensus: false, noBest: 'no_consensus', best: null },
    metric: rowMetric,
    sourceCount: points.length,
    latestStatedOn: dates.at(-1) ?? null,
    points,
  });
}
