import { allowedInterval } from './analysis/tolerance.js';
import type { ClaimValue } from './schemas/claim.js';
import type { DivergenceStats, Interval } from './schemas/comparison.js';

/** The values a claim allows taken at its word, "about X" as X alone; null for a statement with no figure. */
export const intervalOf = (value: ClaimValue): Interval | null => allowedInterval(value, 0);

/** The single number that stands for a claim on a chart: the value, the bound, or a range's middle. */
export function pointOf(value: ClaimValue): number | null {
  switch (value.kind) {
    case 'range':
      return (value.low + value.high) / 2;
    case 'statement':
      return null;
    default:
      return value.value;
  }
}

/**
 * Orders partial dates oldest first. Comparing the strings works because a shorter date is a prefix
 * of the longer ones it covers, so "2025-11" sorts at the start of November; unknown dates come first.
 */
export function compareStatedOn(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Whether a claim's date can already have happened on `asOf` (undated claims always can). */
export function statedByAsOf(statedOn: string | null, asOf: string): boolean {
  return statedOn === null || statedOn <= asOf;
}

export type Comparable = { interval: Interval; point: number };

/** Largest figure over smallest positive one; null with no positive figure. */
export function spreadOfPoints(points: readonly number[]): number | null {
  const positive = points.filter((p) => p > 0);
  return positive.length > 0 ? Math.max(...positive) / Math.min(...positive) : null;
}

export function divergenceStats(entries: readonly Comparable[]): DivergenceStats {
  const spread = spreadOfPoints(entries.map((e) => e.point));
  return {
    spread,
    ordersOfMagnitude: spread === null ? null : Math.log10(spread),
    disjoint: isDisjoint(entries.map((e) => e.interval)),
  };
}

/** Closed intervals share a value exactly when the greatest low end is at most the least high end. */
export function isDisjoint(intervals: readonly Interval[]): boolean {
  if (intervals.length < 2) return false;
  const greatestLow = Math.max(...intervals.map((i) => i.low));
  const leastHigh = Math.min(...intervals.map((i) => i.high ?? Infinity));
  return greatestLow > leastHigh;
}

type ClaimLike = { value: ClaimValue; sourceId: number };

/** Splits each source's latest claims into plottable entries and figure-less statements. */
export function compareClaims<C extends ClaimLike, S>(
  claims: readonly C[],
  sourceOf: (id: number) => S,
): {
  entries: { claim: C; source: S; interval: Interval; point: number }[];
  statements: { claim: C; source: S }[];
} {
  const entries: { claim: C; source: S; interval: Interval; point: number }[] = [];
  const statements: { claim: C; source: S }[] = [];
  for (const claim of claims) {
    const interval = intervalOf(claim.value);
    const point = pointOf(claim.value);
    const source = sourceOf(claim.sourceId);
    if (interval && point !== null) entries.push({ claim, source, interval, point });
    else statements.push({ claim, source });
  }
  return { entries, statements };
}
