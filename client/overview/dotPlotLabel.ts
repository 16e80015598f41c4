import type { DivergenceRow } from '../../shared/schemas/index.js';
import { describeValue, formatNumber } from '../../shared/wording.js';

type Point = Pick<DivergenceRow['points'][number], 'sourceName' | 'point' | 'kind'>;

/**
 * One plotted figure in words. A range reaches the overview only as its middle, so it is said to be
 * one rather than passed off as an exact figure.
 */
export function describePoint(point: Pick<Point, 'point' | 'kind'>, unit?: string): string {
  switch (point.kind) {
    case 'range':
      return `a range around ${formatNumber(point.point)}${unit ? ` ${unit}` : ''}`;
    case 'statement':
      return 'no figure given';
    default:
      return describeValue({ kind: point.kind, value: point.point }, unit);
  }
}

/**
 * What a screen reader hears for a row's dot plot: every source's figure, smallest first, which
 * is what a sighted reader takes from the marks' order and shapes.
 */
export function dotPlotLabel(points: readonly Point[], unit: string): string {
  if (points.length === 0) return 'No figures by this date';
  const sorted = [...points].sort((a, b) => a.point - b.point);
  const figures = sorted.map(
    (p, i) => `${p.sourceName} ${describePoint(p, i === sorted.length - 1 ? unit : undefined)}`,
  );
  const count = points.length === 1 ? '1 source' : `${points.length} sources`;
  return `${count} on a log scale: ${figures.join('; ')}`;
}
