import { usePlotArea, useYAxisScale } from 'recharts';
import type { LaneHeading } from '../../shared/charts/comparisonSeries.js';
import { useChartInk } from '../ui/colours';

/** From the chart's left edge, across the row labels, as a table's group heading would run. */
const LEFT = 8;

/**
 * Each lane's heading with a rule above it, in the place the series keeps for it: the figures below
 * are drawn on the same axis but are not compared with those above.
 */
export function LaneHeadings({ headings }: { headings: readonly LaneHeading[] }) {
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const ink = useChartInk();
  if (!yScale || !plot) return null;
  return (
    <g className="lane-headings">
      {headings.map((h) => {
        const y = yScale(h.y) ?? 0;
        const top = (y + (yScale(h.y - 1) ?? y)) / 2;
        return (
          <g key={h.lane}>
            <line x1={LEFT} x2={plot.x + plot.width} y1={top} y2={top} stroke={ink('track')} strokeWidth={1.5} />
            <text x={LEFT} y={y + 4} className="chart-lane-heading" fill={ink('muted')} stroke={ink('halo')}>
              {h.title}
            </text>
          </g>
        );
      })}
    </g>
  );
}
