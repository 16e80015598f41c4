import { DAY_MS, datePeriod, formatStatedOn, type DatePeriod } from '../charts/datePeriod.js';
import { compareStatedOn } from '../divergence.js';
import type { ClaimValue } from '../schemas/claim.js';
import { describeValue } from '../wording.js';
import type { Repeating } from './origins.js';

/** Whether a claim covers the metric's whole scope or only part of it (a unit, a region, a period). */
export type Coverage = 'whole' | 'part';

/** What the analysis reads of a claim. */
export interface AnalysedClaim extends Repeating {
  sourceId: number;
  value: ClaimValue;
  statedOn: string | null;
  scope: string | null;
  coverage?: Coverage | null;
  via: string | null;
  reportedBy: string | null;
}

/** A dated claim, as every rule but the one that lists undated claims takes them. */
export type Dated<C extends AnalysedClaim> = C & { statedOn: string };

/** Oldest first; claims of one date in the order they were entered. */
export const byDate = (a: AnalysedClaim, b: AnalysedClaim) => compareStatedOn(a.statedOn, b.statedOn) || a.id - b.id;

/**
 * Each partial date's period, read once: the rules compare every latest claim's date with every
 * other claim's, and reading the date again each time was most of an analysis's time. Dates are
 * calendar days, months and years, a few tens of thousands in all; past that the memory starts over.
 */
const periods = new Map<string, DatePeriod>();
const maxPeriods = 100_000;

export function periodOf(statedOn: string): DatePeriod {
  let period = periods.get(statedOn);
  if (!period) {
    if (periods.size >= maxPeriods) periods.clear();
    periods.set(statedOn, (period = datePeriod(statedOn)));
  }
  return period;
}

/** Days between two partial dates' periods: 0 when they may be the same day ("Nov 2025", "14 Nov 2025"). */
export function daysApart(a: string, b: string): number {
  const [x, y] = [periodOf(a), periodOf(b)];
  return Math.max(0, x.start - y.end, y.start - x.end) / DAY_MS;
}

export const isPartial = (claim: AnalysedClaim) => claim.coverage === 'part';

/** How findings name things: sources by their short names, figures as worded, dates as precise as given. */
export interface Namer {
  source(id: number): string;
  unit?: string | undefined;
}

/** "NIS’s", "UK MoD’s", "South Korean officials’". */
export const possessive = (name: string) => (/[a-z]s$/.test(name) ? `${name}’` : `${name}’s`);

/** "KCNA’s “9” (12 Dec 2025)". */
export const claimPhrase = (claim: Pick<AnalysedClaim, 'sourceId' | 'value' | 'statedOn'>, names: Namer) =>
  `${possessive(names.source(claim.sourceId))} “${describeValue(claim.value, names.unit)}” (${formatStatedOn(claim.statedOn)})`;

export const figurePhrase = (claim: AnalysedClaim, names: Namer) => `“${describeValue(claim.value, names.unit)}”`;

/**
 * The claims oldest first: as given when they already are, as the database reads them, since
 * sorting thousands of claims again took longer than any rule that reads them.
 */
export function sortedByDate<C extends AnalysedClaim>(claims: readonly C[]): readonly C[] {
  for (let i = 1; i < claims.length; i++) if (byDate(claims[i - 1]!, claims[i]!) > 0) return [...claims].sort(byDate);
  return claims;
}

/** Each source's latest of these claims. */
export function latestPerSource<C extends AnalysedClaim>(claims: readonly C[]): C[] {
  const latest = new Map<number, C>();
  for (const claim of sortedByDate(claims)) latest.set(claim.sourceId, claim);
  return [...latest.values()];
}

export const unique = (ids: Iterable<number>) => [...new Set(ids)];
