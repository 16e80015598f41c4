import { valueAxis, type ValueAxis } from './valueAxis.js';

/**
 * Positions on a log10 scale between two positive bounds, as a fraction 0..1. Figures three orders
 * of magnitude apart (9 beside 6,000) stay readable only on a log scale; zero has no place on one
 * and is pinned to the left edge.
 */
export function logPosition(value: number, min: number, max: number): number {
  if (value <= 0 || min <= 0 || max <= min) return value <= 0 ? 0 : 0.5;
  const t = (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  return Math.min(1, Math.max(0, t));
}

/** One log axis for a set of figures, shared by every row of a plot so that rows compare. */
export const logAxisFor = (figures: readonly number[]): ValueAxis =>
  valueAxis(
    figures.map((value) => ({ kind: 'exact' as const, value })),
    'log',
  );
