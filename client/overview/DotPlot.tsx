import type { DivergenceRow } from '../../shared/schemas/index.js';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { overviewSeries, type OverviewMark, type OverviewTick } from '../../shared/charts/overviewSeries.js';
import { ValueMark } from '../ui/ValueMark';
import { dotPlotLabel } from './dotPlotLabel';

const width = 260;
const height = 26;
const pad = 12;

const xOf = (along: number) => pad + along * (width - 2 * pad);

/** The rows' marks and the ticks that the header's narrow scale can hold; each row's gridlines follow them. */
export const dotPlotSeries = (rows: readonly DivergenceRow[]) => overviewSeries(rows, width - 2 * pad);

/** Each source's latest figure on a log scale shared by every row, so rows compare at a glance. */
export function DotPlot({ marks, ticks, unit }: { marks: OverviewMark[]; ticks: OverviewTick[]; unit: string }) {
  const groupColour = useGroupColour();
  const ink = useChartInk();
  const y = height / 2;
  return (
    <svg width={width} height={height} role="img" aria-label={dotPlotLabel(marks, unit)} className="dot-plot">
      {ticks.map((tick) => (
        <line key={tick.value} x1={xOf(tick.along)} x2={xOf(tick.along)} y1={3} y2={height - 3} stroke={ink('grid')} />
      ))}
      <line x1={pad} x2={width - pad} y1={y} y2={y} stroke={ink('track')} />
      {marks.map((mark) => (
        <g key={mark.claimId}>
          {/* Hover text for sighted mouse users; the svg's label already reads every figure. */}
          <title>{mark.title}</title>
          <ValueMark
            kind={mark.value.kind}
            x={xOf(mark.along)}
            y={y}
            colour={groupColour(mark.group)}
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
export function DotPlotAxis({ ticks }: { ticks: OverviewTick[] }) {
  const ink = useChartInk();
  return (
    <svg width={width} height={16} aria-hidden="true" className="dot-plot-axis">
      {ticks.map((tick) => (
        <text key={tick.value} x={xOf(tick.along)} y={12} fontSize={11} textAnchor="middle" fill={ink('muted')}>
          {tick.label}
        </text>
      ))}
    </svg>
  );
}
