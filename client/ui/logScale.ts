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

/** The smallest and largest positive values, widened to whole powers of ten for a stable axis. */
export function logExtent(values: readonly number[]): [number, number] | null {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return null;
  const low = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [low, high === low ? low * 10 : high];
}

/** Tick values for a log axis: every power of ten across the extent. */
export function powersOfTen([min, max]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.round(Math.log10(min)); e <= Math.round(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis labels that stay short across orders of magnitude: 1, 10, 100, 1K, 10K, 1M. */
export const compactNumber = (n: number): string => compact.format(n);
