import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer, DefaultZIndexes } from 'recharts';
import { markBox, placeLabels, type Box } from '../../shared/charts/labelPlacement.js';
import type { TimelinePoint, TimelineTrack } from '../../shared/charts/timelineSeries.js';
import { useChartInk } from '../ui/colours';
import { labelWidth } from './labelWidth';
import { ARROW_LENGTH, MARK_RADIUS } from './TimelineMark';

/**
 * Each source's name beside its latest figure, so lines can be told apart without the legend.
 * Names that would cover a figure or another name are left to the legend and the tooltip.
 */
export function TrackLabels({ tracks }: { tracks: readonly TimelineTrack[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const ink = useChartInk();
  if (!xScale || !yScale || !plot) return null;
  const at = (p: TimelinePoint) => ({ x: xScale(p.t) ?? 0, y: yScale(p.at) ?? 0 });

  const obstacles: Box[] = tracks.flatMap((track) =>
    track.points.map((p) => {
      const { x, y } = at(p);
      const box = markBox(x, y, MARK_RADIUS + 2);
      if (p.value.kind === 'at_least') return { ...box, top: y - ARROW_LENGTH - 2 };
      if (p.value.kind === 'at_most') return { ...box, bottom: y + ARROW_LENGTH + 2 };
      if (p.value.kind === 'range') {
        return {
          ...box,
          top: Math.min(box.top, yScale(p.high) ?? y),
          bottom: Math.max(box.bottom, yScale(p.low) ?? y),
        };
      }
      return box;
    }),
  );
  const labels = placeLabels(
    tracks.map((track) => ({ key: track.label, ...at(track.points.at(-1)!), width: labelWidth(track.label) })),
    obstacles,
    { left: plot.x, top: plot.y, right: plot.x + plot.width, bottom: plot.y + plot.height },
  );
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      {labels.map((l) => (
        <text
          key={l.key}
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          className="chart-mark-label"
          fill={ink('label')}
          stroke={ink('halo')}
          aria-hidden="true"
        >
          {l.key}
        </text>
      ))}
    </ZIndexLayer>
  );
}
