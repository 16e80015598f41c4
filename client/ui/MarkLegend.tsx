import { useChartInk } from './colours';
import { ValueMark } from './ValueMark';

const kinds = [
  ['exact', 'exact'],
  ['approximate', 'approximate'],
  ['at_least', 'at least'],
  ['at_most', 'at most'],
  ['range', 'range'],
] as const;

/** How each wording is drawn: the mark keeps the source's qualifier visible. */
export function MarkLegend() {
  const ink = useChartInk();
  return (
    <ul className="legend" aria-label="Marks">
      {kinds.map(([kind, label]) => (
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
