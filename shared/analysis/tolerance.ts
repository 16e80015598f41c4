import type { ClaimValue } from '../schemas/claim.js';
import type { Interval } from '../schemas/comparison.js';

/**
 * How far "about X" reaches either side of X, as a share of X, unless a metric sets its own:
 * reporting rounds to one or two significant figures, so "about 14,000" and "about 15,000" can
 * both be true of one count, while "about 600" and "about 2,000" cannot.
 */
export const defaultTolerance = 0.1;

/** The tolerance a metric's figures are compared with: its own, or else the default. */
export const toleranceOf = (metric: { tolerance: number | null }) => metric.tolerance ?? defaultTolerance;

/** "±10%", "±2.5%": as the methodology and the metric form say it. */
export const toleranceInWords = (tolerance: number) => `±${Number((tolerance * 100).toPrecision(6))}%`;

/**
 * The values a claim's wording allows: "about X" a band of ±tolerance around X, a bound open at
 * one end, a range its ends. Null for a statement with no figure.
 */
export function allowedInterval(value: ClaimValue, tolerance: number): Interval | null {
  switch (value.kind) {
    case 'exact':
      return { low: value.value, high: value.value };
    case 'approximate':
      return { low: value.value * (1 - tolerance), high: value.value * (1 + tolerance) };
    case 'at_least':
      return { low: value.value, high: null };
    case 'at_most':
      return { low: 0, high: value.value };
    case 'range':
      return { low: value.low, high: value.high };
    case 'statement':
      return null;
  }
}

/** The numbers a claim states, whatever its qualifier: one, a range's two, or none. */
function statedNumbers(value: ClaimValue): number[] {
  if (value.kind === 'statement') return [];
  return value.kind === 'range' ? [value.low, value.high] : [value.value];
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(a, b);

/**
 * Whether two claims state the same figure, however each qualifies it: "at least 600" and "about
 * 600" both repeat 600. Figures within the tolerance of each other count as the same, since a
 * figure passed on is often rounded.
 */
export function sameFigure(a: ClaimValue, b: ClaimValue, tolerance: number): boolean {
  const [x, y] = [statedNumbers(a), statedNumbers(b)];
  return x.length > 0 && x.length === y.length && x.every((n, i) => near(n, y[i]!, tolerance));
}

/** Two figures equal at two significant figures or more are never further apart than a tenth of the larger. */
export const sameFigureReach = 0.1;

/** How many significant figures a number is written with: 600 has one, 1,150 three, 0.25 two. */
function countSignificantFigures(n: number): number {
  const text = String(Math.abs(n));
  // Counts as large as a count gets, and decimals down to a millionth, are written out in full.
  if (/e/.test(text)) return 15;
  const digits = text.includes('.') ? text.replace('.', '').replace(/^0+/, '') : text.replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/**
 * Each number's count, kept: a metric's supersession search compares each latest figure with
 * every earlier one near it, the same few thousand numbers each time, and counting them again was
 * most of that search. Past the limit the memory starts over.
 */
const significantFiguresOf = new Map<number, number>();
const maxRemembered = 100_000;

function significantFigures(n: number): number {
  let count = significantFiguresOf.get(n);
  if (count === undefined) {
    if (significantFiguresOf.size >= maxRemembered) significantFiguresOf.clear();
    significantFiguresOf.set(n, (count = countSignificantFigures(n)));
  }
  return count;
}

/** Whether two numbers are one figure at the precision of the coarser, and never coarser than two figures. */
function sameStatedNumber(n: number, m: number): boolean {
  if (n === m) return true;
  // The quick test first, since most pairs of figures are not near at all.
  if (!near(n, m, sameFigureReach)) return false;
  const precision = Math.max(2, Math.min(significantFigures(n), significantFigures(m)));
  return Number(n.toPrecision(precision)) === Number(m.toPrecision(precision));
}

/**
 * Whether two claims state the same figure at the precision the coarser of them was given in, and
 * never coarser than two figures: "about 1,200" repeats 1,150, "at least 600" repeats 600, but
 * 1,250 does not repeat 1,000, nor 549,000 540,000. Tighter than the tolerance, which says when
 * two figures agree, not when one was copied from the other.
 */
export function sameStatedFigure(a: ClaimValue, b: ClaimValue): boolean {
  if (a.kind === 'statement' || b.kind === 'statement') return false;
  if (a.kind === 'range' || b.kind === 'range')
    return (
      a.kind === 'range' && b.kind === 'range' && sameStatedNumber(a.low, b.low) && sameStatedNumber(a.high, b.high)
    );
  return sameStatedNumber(a.value, b.value);
}
