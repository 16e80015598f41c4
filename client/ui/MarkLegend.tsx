import type { ValueKind } from '../../shared/schemas/index.js';
import { useChartInk } from './colours';
import { ValueMark } from './ValueMark';

const kinds = [
  ['exact', 'exact'],
  ['approximate', 'approximate'],
  ['at_least', 'at least'],
  ['at_most', 'at most'],
  ['range', 'range'],
] as const;

/**
 * How each wording drawn is drawn: the mark keeps the source's qualifier visible. Only the wordings
 * of the figures shown are keyed; five shapes for one used taught the reader nothing.
 */
export function MarkLegend({ drawn }: { drawn: readonly { value: { kind: ValueKind } }[] }) {
  const ink = useChartInk();
  const used = new Set(drawn.map((d) => d.value.kind));
  const keyed = kinds.filter(([kind]) => used.has(kind));
  if (keyed.length === 0) return null;
  return (
    <ul className="legend" aria-label="Marks">
      {keyed.map(([kind, label]) => (
        <li key={kind}>
          <svg width="30" height="14" aria-hidden="true">
            <ValueMark kind={kind} x={15} y={7} colour={ink('label')} rangeHalfWidth={10} arrowLength={12} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
