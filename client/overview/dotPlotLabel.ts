import type { DivergencePoint } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';

type Point = Pick<DivergencePoint, 'sourceName' | 'point' | 'value'>;

/**
 * What a screen reader hears for a row's dot plot: every source's figure as worded, smallest first,
 * which is what a sighted reader takes from the marks' order and shapes.
 */
export function dotPlotLabel(points: readonly Point[], unit: string): string {
  if (points.length === 0) return 'No figures by this date';
  const sorted = [...points].sort((a, b) => a.point - b.point);
  const figures = sorted.map(
    (p, i) => `${p.sourceName} ${describeValue(p.value, i === sorted.length - 1 ? unit : undefined)}`,
  );
  const count = points.length === 1 ? '1 source' : `${points.length} sources`;
  return `${count} on a log scale: ${figures.join('; ')}`;
}
