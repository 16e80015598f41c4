import type { SortDirection } from './sortRows';

/** A column header that sorts its table; screen readers hear the current order through aria-sort. */
export function SortableHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: string;
  label: string;
  sort: { column: string; direction: SortDirection };
  onSort: (column: string) => void;
}) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
