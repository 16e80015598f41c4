import type { ClaimValue } from '../schemas/claim.js';
import type { AnalysedClaim, Namer } from './claims.js';

let nextId = 1;

/** A claim with what a test does not name left plain: whole scope unknown, no relay, no repeat. */
export function claim(sourceId: number, value: ClaimValue, statedOn: string | null, more: Partial<AnalysedClaim> = {}) {
  return {
    id: nextId++,
    sourceId,
    value,
    statedOn,
    scope: null,
    coverage: null,
    via: null,
    reportedBy: null,
    repeatsClaimId: null,
    ...more,
  } satisfies AnalysedClaim;
}

export const exact = (value: number): ClaimValue => ({ kind: 'exact', value });
export const about = (value: number): ClaimValue => ({ kind: 'approximate', value });
export const atLeast = (value: number): ClaimValue => ({ kind: 'at_least', value });
export const range = (low: number, high: number): ClaimValue => ({ kind: 'range', low, high });

const sourceNames: Record<number, string> = {
  1: 'NIS',
  2: 'South Korean officials',
  3: 'KCNA',
  4: 'UK MoD',
  5: 'US DoD',
};
export const names: Namer = { source: (id) => sourceNames[id] ?? `Source ${id}` };
