import type { CSSProperties } from 'react';
import type { Coordinate } from 'recharts';

/** `.chart-tooltip`'s max-width, 24rem, in pixels. */
const TOOLTIP_MAX_WIDTH = 24 * 16;

/**
 * Where a chart puts its claim tooltip. Recharts sets it beside the cursor, else against the plot's
 * left edge, which on a phone leaves a tooltip with a long quote or notes running off the screen:
 * a plot narrower than a tooltip can grow has it from the chart's left edge, no wider than the chart.
 */
export function tooltipPlacement(plotWidth: number): { position?: Partial<Coordinate>; wrapperStyle?: CSSProperties } {
  return plotWidth > 0 && plotWidth < TOOLTIP_MAX_WIDTH
    ? { position: { x: 0 }, wrapperStyle: { maxWidth: '100%' } }
    : {};
}
