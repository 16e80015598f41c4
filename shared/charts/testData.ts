import { compareClaims } from '../divergence.js';
import type { Claim, ClaimValue } from '../schemas/claim.js';
import type { Comparison } from '../schemas/comparison.js';
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
  extra: Partial<Pick<Claim, 'scope' | 'quote'>> = {},
): Claim {
  return {
    id: nextClaimId++,
    metricId: 1,
    sourceId,
    value,
    scope: null,
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

export function comparisonOf(claims: Claim[], sources: Source[]): Comparison {
  const { entries, statements, stats } = compareClaims(claims, (id) => sources.find((s) => s.id === id)!);
  return {
    metric: { id: 1, name: 'Killed', unit: 'soldiers', topic: null, description: null, ...meta },
    asOf: '2025-12-31',
    entries,
    statements,
    ...stats,
    findings: [],
    origins: { claims: claims.length, independent: claims.length },
  };
}
