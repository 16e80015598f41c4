import { useMemo, useState } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { datePeriod, formatStatedOn } from '../../shared/charts/datePeriod.js';
import { formatTimeTick, timeTicksThatFit } from '../../shared/charts/timeAxis.js';
import type { BandSegment } from '../../shared/charts/estimateBand.js';
import type { Timeline } from '../../shared/charts/timelineSeries.js';
import { tickLabeller } from '../../shared/charts/valueAxis.js';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { ClaimTooltip } from './ClaimTooltip';
import { EstimateBand } from './EstimateBand';
import { ReportPlotWidth } from './ReportPlotWidth';
import { tooltipPlacement } from './tooltipPlacement';
import { TimelineMark } from './TimelineMark';
import { TrackLabels } from './TrackLabels';
import { ZeroLaneBreak } from './ZeroLaneBreak';
import { trackStyles } from './trackStyles';

const HEIGHT = 400;
/** Past this many sources, names at the line ends would collide: the legend and tooltip name them. */
const MAX_LINE_LABELS = 12;
/** Room past the value axis's ends for an upright arrow; as in the comparison chart, nothing is clipped. */
const EDGE_PADDING = 22;

/** Every dated figure at its date, a line per source joining its successive figures, the estimate over time behind them. */
export function TimelineChart({
  timeline,
  unit,
  asOf,
  title,
  band,
}: {
  timeline: Timeline;
  unit: string;
  asOf: string;
  title: string;
  band: readonly BandSegment[];
}) {
  const { valueAxis: axis, timeAxis: time } = timeline;
  const styles = trackStyles(timeline.tracks, useGroupColour());
  const ink = useChartInk();
  const [plotWidth, setPlotWidth] = useState(0);
  // An axis of width "auto" measures its labels again whenever its formatter changes.
  const valueLabel = useMemo(() => tickLabeller(axis), [axis]);
  const { ticks, tickFormat } = plotWidth > 0 ? timeTicksThatFit(time.domain, plotWidth) : time;
  return (
    <ScatterChart
      responsive
      width="100%"
      height={HEIGHT}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
      role="img"
      title={title}
    >
      <CartesianGrid stroke={ink('grid')} />
      <XAxis
        type="number"
        dataKey="t"
        domain={time.domain}
        ticks={ticks}
        interval={0}
        tickFormatter={(t: number) => formatTimeTick(t, tickFormat)}
        tick={{ fontSize: 12, fill: ink('tick') }}
      />
      <YAxis
        type="number"
        dataKey="at"
        scale={axis.scale}
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        padding={{ top: EDGE_PADDING, bottom: EDGE_PADDING }}
        width="auto"
        tickFormatter={valueLabel}
        tick={{ fontSize: 12, fill: ink('tick') }}
        label={{
          value: `${unit} (${axis.scale})`,
          angle: -90,
          position: 'insideLeft',
          fontSize: 12,
          fill: ink('muted'),
        }}
      />
      <ZeroLaneBreak axis={axis} direction="y" />
      <EstimateBand segments={band} axis={axis} />
      <ReferenceLine
        x={datePeriod(asOf).start}
        stroke={ink('reference')}
        strokeDasharray="4 3"
        label={{ value: `as of ${formatStatedOn(asOf)}`, position: 'insideTopLeft', fontSize: 11, fill: ink('tick') }}
      />
      <Tooltip
        content={<ClaimTooltip unit={unit} />}
        cursor={false}
        isAnimationActive={false}
        {...tooltipPlacement(plotWidth)}
      />
      {timeline.tracks.map((track) => (
        <Scatter
          key={track.key}
          name={track.label}
          data={track.points}
          line={{
            stroke: styles.get(track.key)!.colour,
            strokeWidth: 1.75,
            strokeDasharray: styles.get(track.key)!.dash,
          }}
          lineType="joint"
          shape={<TimelineMark />}
          isAnimationActive={false}
        />
      ))}
      {timeline.tracks.length <= MAX_LINE_LABELS && <TrackLabels tracks={timeline.tracks} />}
      <ReportPlotWidth onWidth={setPlotWidth} />
    </ScatterChart>
  );
}
