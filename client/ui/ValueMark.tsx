import type { ValueKind } from '../../shared/schemas/index.js';
import { useChartInk } from './colours';

/**
 * One figure drawn as the source worded it: a filled dot is exact, a hollow dot approximate, an
 * arrow running right "at least", left "at most", a bar a range.
 */
export function ValueMark({
  kind,
  x,
  y,
  colour,
  r = 5,
  rangeHalfWidth = 0,
  arrowLength = 14,
  rangeStart,
  rangeEnd,
}: {
  kind: ValueKind;
  x: number;
  y: number;
  colour: string;
  r?: number;
  /** For ranges drawn without their ends known in pixels (the overview's small plots). */
  rangeHalfWidth?: number;
  arrowLength?: number;
  rangeStart?: number;
  rangeEnd?: number;
}) {
  const ink = useChartInk();
  switch (kind) {
    case 'exact':
      return <circle cx={x} cy={y} r={r} fill={colour} stroke={ink('halo')} strokeWidth={1} />;
    case 'approximate':
      return <circle cx={x} cy={y} r={r - 1} fill={ink('halo')} stroke={colour} strokeWidth={2.5} />;
    case 'at_least':
    case 'at_most': {
      const dir = kind === 'at_least' ? 1 : -1;
      const tip = x + dir * arrowLength;
      return (
        <g stroke={colour} fill={colour} strokeWidth={2.5}>
          <line x1={x} y1={y} x2={tip - dir * 4} y2={y} />
          <path d={`M${tip},${y} L${tip - dir * 7},${y - 5} L${tip - dir * 7},${y + 5} Z`} stroke="none" />
          <line x1={x} y1={y - r} x2={x} y2={y + r} />
        </g>
      );
    }
    case 'range': {
      const start = rangeStart ?? x - rangeHalfWidth;
      const end = rangeEnd ?? x + rangeHalfWidth;
      return (
        <g stroke={colour} strokeWidth={2.5}>
          <rect x={start} y={y - 3} width={Math.max(end - start, 2)} height={6} fill={colour} fillOpacity={0.35} />
          <line x1={start} y1={y - r} x2={start} y2={y + r} />
          <line x1={end} y1={y - r} x2={end} y2={y + r} />
        </g>
      );
    }
    case 'statement':
      return null;
  }
}
