import type { DivergenceRow } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { groupColour } from '../ui/colours';
import { logPosition } from '../ui/logScale';
import { ValueMark } from '../ui/ValueMark';

const width = 220;
const height = 26;
const pad = 12;

/** Each source's latest figure on a log scale shared by every row, so rows compare at a glance. */
export function DotPlot({ row, extent, unit }: { row: DivergenceRow; extent: [number, number]; unit: string }) {
  const label =
    row.points.length === 0
      ? 'No figures'
      : `Figures from ${describeValue({ kind: 'exact', value: Math.min(...row.points.map((p) => p.point)) })} to ${describeValue({ kind: 'exact', value: Math.max(...row.points.map((p) => p.point)) }, unit)}, on a log scale`;
  return (
    <svg width={width} height={height} role="img" aria-label={label} className="dot-plot">
      <line x1={pad} x2={width - pad} y1={height / 2} y2={height / 2} stroke="#c8c8c4" />
      {row.points.map((p) => (
        <ValueMark
          key={p.sourceId}
          kind={p.kind}
          x={pad + logPosition(p.point, extent[0], extent[1]) * (width - 2 * pad)}
          y={height / 2}
          colour={groupColour(p.group)}
          r={4.5}
          arrowLength={9}
          rangeHalfWidth={4}
        />
      ))}
    </svg>
  );
}
