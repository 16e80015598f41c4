import { usePlotArea, useXAxisScale, type ScatterShapeProps } from 'recharts';
import type { ComparisonRow } from '../../shared/charts/comparisonSeries.js';
import { describeValue } from '../../shared/wording.js';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { ValueMark } from '../ui/ValueMark';
import { fitDetail, labelWidth } from './labelWidth';

/** The tooltip and the table give a long scope in full; the label only has to tell scopes apart. */
const SCOPE_CHARS = 40;

const shorten = (text: string) => (text.length > SCOPE_CHARS ? `${text.slice(0, SCOPE_CHARS - 1)}…` : text);

/**
 * One source's latest figure, drawn as worded. Bounds run to the edge of the plot because "at least
 * 6,000" allows any larger number; a range spans its two ends on the same scale as the axis. A
 * figure for part of the scope says which part, so that it is not read as a whole-scope figure.
 */
export function ComparisonMark({ cx, cy, payload }: Partial<ScatterShapeProps>) {
  const groupColour = useGroupColour();
  const ink = useChartInk();
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const row = payload as ComparisonRow | undefined;
  if (!row || cx === undefined || cy === undefined || !xScale || !plot) return null;
  const kind = row.value.kind;
  const right = plot.x + plot.width;
  const arrowLength = kind === 'at_least' ? right - cx : kind === 'at_most' ? cx - plot.x : undefined;
  const start = kind === 'range' ? xScale(row.low) : undefined;
  const end = kind === 'range' ? xScale(row.high) : undefined;
  const figure = describeValue(row.value);
  // A figure for part of the scope is only read right with the part it covers beside it.
  const fullScope = row.lane === 'partial' && row.claim.scope ? ` · ${shorten(row.claim.scope)}` : '';
  // Right of the mark where the label fits, else on whichever side has more room, the scope cut to fit.
  const rightStart = Math.max(cx, end ?? cx) + 10;
  const leftEnd = Math.min(cx, start ?? cx) - 10;
  const flip = rightStart + labelWidth(figure + fullScope) > right && leftEnd - plot.x > right - rightStart;
  const scope = fitDetail(figure, fullScope, flip ? leftEnd - plot.x : right - rightStart);
  return (
    <g className="chart-mark">
      <ValueMark
        kind={kind}
        x={cx}
        y={cy}
        colour={groupColour(row.source.group)}
        r={6}
        arrowLength={arrowLength}
        rangeStart={start}
        rangeEnd={end}
      />
      <text
        x={flip ? leftEnd : rightStart}
        y={cy - 8}
        textAnchor={flip ? 'end' : 'start'}
        className="chart-mark-label"
        fill={ink('label')}
        stroke={ink('halo')}
      >
        {figure}
        {scope && (
          <tspan className="chart-mark-scope" fill={ink('muted')}>
            {scope}
          </tspan>
        )}
      </text>
    </g>
  );
}
