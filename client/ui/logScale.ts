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
