import type { DivergenceRow } from '../../shared/schemas/index.js';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { logPosition } from '../ui/logScale';
import { formatTick, ticksThatFit, type ValueAxis } from '../../shared/charts/valueAxis.js';
import { ValueMark } from '../ui/ValueMark';
import { describeValue } from '../../shared/wording.js';
import { dotPlotLabel } from './dotPlotLabel';

const width = 260;
const height = 26;
const pad = 12;

const xOf = (value: number, { domain: [min, max] }: ValueAxis) =>
  pad + logPosition(value, min, max) * (width - 2 * pad);

/** The ticks whose labels the header's narrow scale can hold; each row's gridlines follow them. */
const labelledTicks = (axis: ValueAxis) => ticksThatFit(axis, width - 2 * pad);

/** Each source's latest figure on a log scale shared by every row, so rows compare at a glance. */
export function DotPlot({ row, axis }: { row: DivergenceRow; axis: ValueAxis }) {
  const groupColour = useGroupColour();
  const ink = useChartInk();
  const y = height / 2;
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={dotPlotLabel(row.points, row.metric.unit)}
      className="dot-plot"
    >
      {labelledTicks(axis).map((tick) => (
        <line key={tick} x1={xOf(tick, axis)} x2={xOf(tick, axis)} y1={3} y2={height - 3} stroke={ink('grid')} />
      ))}
      <line x1={pad} x2={width - pad} y1={y} y2={y} stroke={ink('track')} />
      {row.points.map((p) => (
        <g key={p.claimId}>
          {/* Hover text for sighted mouse users; the svg's label already reads every figure. */}
          <title>{`${p.sourceName}: ${describeValue(p.value, row.metric.unit)}${p.statedOn ? ` (${p.statedOn})` : ''}`}</title>
          <ValueMark
            kind={p.value.kind}
            x={xOf(p.point, axis)}
            y={y}
            colour={groupColour(p.group)}
            r={4.5}
            arrowLength={9}
            rangeHalfWidth={4}
          />
        </g>
      ))}
    </svg>
  );
}

/** The dot plots' shared scale, drawn once in their column's header. */
export function DotPlotAxis({ axis }: { axis: ValueAxis }) {
  const ink = useChartInk();
  return (
    <svg width={width} height={16} aria-hidden="true" className="dot-plot-axis">
      {labelledTicks(axis).map((tick) => (
        <text key={tick} x={xOf(tick, axis)} y={12} fontSize={11} textAnchor="middle" fill={ink('muted')}>
          {formatTick(tick)}
        </text>
      ))}
    </svg>
  );
}
