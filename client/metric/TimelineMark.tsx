import { useXAxisScale, useYAxisScale, type ScatterShapeProps } from 'recharts';
import type { TimelinePoint } from '../../shared/charts/timelineSeries.js';
import { useGroupColour } from '../ui/groupColours';
import { VerticalValueMark } from './VerticalValueMark';

/** Half the height of the bracket that spans a month or a year. */
const PERIOD_BRACKET = 5;

export const MARK_RADIUS = 5;
export const ARROW_LENGTH = 18;

/**
 * One claim at its date. A claim known only to the month or the year gets a bracket across that
 * whole period, so it is not read as a claim made on the 15th or on 1 July.
 */
export function TimelineMark({ cx, cy, payload }: Partial<ScatterShapeProps>) {
  const groupColour = useGroupColour();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const point = payload as TimelinePoint | undefined;
  if (!point || cx === undefined || cy === undefined || !xScale || !yScale) return null;
  const colour = groupColour(point.source.group);
  const isRange = point.value.kind === 'range';
  return (
    <g className="chart-mark">
      {point.period.precision !== 'day' && (
        <PeriodBracket
          from={xScale(point.period.start) ?? cx}
          to={xScale(point.period.end) ?? cx}
          y={cy}
          colour={colour}
        />
      )}
      <VerticalValueMark
        kind={point.value.kind}
        x={cx}
        y={cy}
        colour={colour}
        r={MARK_RADIUS}
        arrowLength={ARROW_LENGTH}
        lowY={isRange ? yScale(point.low) : undefined}
        highY={isRange ? yScale(point.high) : undefined}
      />
    </g>
  );
}

export function PeriodBracket({ from, to, y, colour }: { from: number; to: number; y: number; colour: string }) {
  const h = PERIOD_BRACKET;
  return (
    <path
      d={`M${from},${y - h} V${y + h} M${from},${y} H${to} M${to},${y - h} V${y + h}`}
      stroke={colour}
      strokeWidth={1.5}
      strokeOpacity={0.7}
      fill="none"
    />
  );
}
