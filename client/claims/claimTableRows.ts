import { periodOverlaps } from '../../shared/charts/datePeriod.js';
import { sourceLabel, type SourceRef } from '../../shared/charts/plottedClaim.js';
import { pointOf } from '../../shared/divergence.js';
import type { Claim, ValueKind } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { sortRows, type SortDirection } from '../ui/sortRows';

export const PAGE_SIZE = 50;

export interface ClaimTableFilters {
  sourceId: number | null;
  kind: ValueKind | null;
  /** Inclusive days, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  text: string;
}

export const claimColumns = ['source', 'figure', 'date', 'scope', 'via', 'reportedBy'] as const;
export type ClaimColumn = (typeof claimColumns)[number];

type SourceOf = (id: number) => SourceRef;

/**
 * Joins the digit groups of a number, so that a figure is found however its thousands are
 * separated: "6000", "6,000" and "6 000" all read "6000", in the search and in the claim alike.
 * A space joins only before a group of three; a comma always does, so "6,0" typed on the way to
 * "6,000" keeps matching.
 */
const joinDigitGroups = (text: string) => text.replace(/(?<=\d)(?:,(?=\d)|[ \u00a0\u202f](?=\d{3}(?!\d)))/g, '');

/** Everything a search can match: who said it, what, and where it was reported. */
function searchableText(claim: Claim, source: SourceRef): string {
  return [
    source.name,
    source.shortName,
    describeValue(claim.value),
    claim.scope,
    claim.via,
    claim.reportedBy,
    claim.quote,
    claim.notes,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/**
 * Claims that pass every filter. Each word of the text must appear somewhere in the claim, a
 * number whether or not its thousands are separated; a date range keeps a claim whose month or
 * year overlaps it, and drops undated claims.
 */
export function filterClaims(claims: readonly Claim[], filters: ClaimTableFilters, sourceOf: SourceOf): Claim[] {
  const words = joinDigitGroups(filters.text.toLowerCase()).split(/\s+/).filter(Boolean);
  const dated = filters.from !== null || filters.to !== null;
  return claims.filter((c) => {
    if (filters.sourceId !== null && c.sourceId !== filters.sourceId) return false;
    if (filters.kind !== null && c.value.kind !== filters.kind) return false;
    if (dated && (c.statedOn === null || !periodOverlaps(c.statedOn, filters.from, filters.to))) return false;
    if (words.length === 0) return true;
    const text = joinDigitGroups(searchableText(c, sourceOf(c.sourceId)));
    return words.every((w) => text.includes(w));
  });
}

export function sortClaims(
  claims: readonly Claim[],
  column: ClaimColumn,
  direction: SortDirection,
  sourceOf: SourceOf,
): Claim[] {
  const valueOf: Record<ClaimColumn, (c: Claim) => string | number | null> = {
    source: (c) => sourceLabel(sourceOf(c.sourceId)),
    figure: (c) => pointOf(c.value),
    date: (c) => c.statedOn,
    scope: (c) => c.scope,
    via: (c) => c.via,
    reportedBy: (c) => c.reportedBy,
  };
  return sortRows(claims, valueOf[column], direction);
}
