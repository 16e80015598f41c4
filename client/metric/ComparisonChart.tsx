import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComparisonSeries } from '../../shared/charts/comparisonSeries.js';
import { useMemo, useState } from 'react';
import { clampToAxis, tickLabeller, ticksThatFit } from '../../shared/charts/valueAxis.js';
import type { BestEstimate } from '../../shared/schemas/index.js';
import { ClaimTooltip } from './ClaimTooltip';
import { ComparisonMark } from './ComparisonMark';
import { LaneHeadings } from './LaneHeadings';
import { ReportPlotWidth } from './ReportPlotWidth';
import { tooltipPlacement } from './tooltipPlacement';
import { ZeroLaneBreak } from './ZeroLaneBreak';
import { useChartInk } from '../ui/colours';
import { useElementWidth } from '../ui/useElementWidth';

const ROW_HEIGHT = 40;
const AXES_HEIGHT = 64;
const MIN_HEIGHT = 150;
/**
 * Room past the domain's ends for a dot's other half and an arrow's head. No `allowDataOverflow`:
 * its clipping stops at the domain's ends and would cut them off, and the domain holds every figure.
 */
const EDGE_PADDING = 14;

/**
 * One row per source, one mark per row, on a shared value axis; figures not compared in lanes
 * below; the estimate, when there is one, as bands behind them with its best figure dashed.
 */
export function ComparisonChart({
  series,
  unit,
  title,
  estimate,
}: {
  series: ComparisonSeries;
  unit: string;
  title: string;
  estimate?: BestEstimate | null | undefined;
}) {
  const { axis, rows } = series;
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [plotWidth, setPlotWidth] = useState(0);
  const ink = useChartInk();
  // Recharts keeps axis settings in its store and updates it when they change: new arrays and
  // functions on every render would update it on every render.
  const yAxis = useMemo(() => {
    const labels = new Map(rows.map((r) => [r.y, r.label]));
    return {
      domain: [-0.5, series.places - 0.5],
      ticks: rows.map((r) => r.y),
      tickFormatter: (y: number) => labels.get(y) ?? '',
    };
  }, [rows, series.places]);
  const xLabel = useMemo(() => tickLabeller(axis), [axis]);
  const ticks = plotWidth > 0 ? ticksThatFit(axis, plotWidth - 2 * EDGE_PADDING) : axis.ticks;
  return (
    <div ref={ref}>
      {width > 0 && (
        <ScatterChart
          width={width}
          height={Math.max(MIN_HEIGHT, series.places * ROW_HEIGHT + AXES_HEIGHT)}
          margin={{ top: 12, right: 16, bottom: 24, left: 8 }}
          accessibilityLayer={false}
          role="img"
          title={title}
        >
          <CartesianGrid stroke={ink('grid')} />
          <XAxis
            type="number"
            dataKey="at"
            scale={axis.scale}
            domain={axis.domain}
            ticks={ticks}
            interval={0}
            padding={{ left: EDGE_PADDING, right: EDGE_PADDING }}
            tickFormatter={xLabel}
            tick={{ fontSize: 12, fill: ink('tick') }}
            label={{
              value: `${unit} (${axis.scale} scale)`,
              position: 'insideBottom',
              offset: -18,
              fontSize: 12,
              fill: ink('muted'),
            }}
          />
          {/* Places down the chart rather than categories: a lane's heading takes a place with no tick. */}
          <YAxis
            type="number"
            dataKey="y"
            reversed
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            interval={0}
            tickFormatter={yAxis.tickFormatter}
            width="auto"
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 13, fill: ink('text') }}
          />
          {estimate && (
            <>
              <ReferenceArea
                x1={clampToAxis(estimate.interval90.low, axis)}
                x2={clampToAxis(estimate.interval90.high, axis)}
                fill={ink('estimate')}
                fillOpacity={0.1}
              />
              <ReferenceArea
                x1={clampToAxis(estimate.interval50.low, axis)}
                x2={clampToAxis(estimate.interval50.high, axis)}
                fill={ink('estimate')}
                fillOpacity={0.18}
              />
              <ReferenceLine x={clampToAxis(estimate.median, axis)} stroke={ink('estimate')} strokeDasharray="5 3" />
            </>
          )}
          <ZeroLaneBreak axis={axis} direction="x" />
          <LaneHeadings headings={series.headings} />
          <Tooltip
            content={<ClaimTooltip unit={unit} />}
            cursor={false}
            isAnimationActive={false}
            {...tooltipPlacement(plotWidth)}
          />
          <Scatter data={rows} shape={<ComparisonMark />} isAnimationActive={false} />
          <ReportPlotWidth onWidth={setPlotWidth} />
        </ScatterChart>
      )}
    </div>
  );
}
