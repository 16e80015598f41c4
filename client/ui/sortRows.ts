export type SortDirection = 'ascending' | 'descending';

/** Sorts rows by one column; empty values go last whichever the direction, numbers compare as numbers. */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => string | number | null,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === y) return 0;
    if (x === null || x === '') return 1;
    if (y === null || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y), 'en', { numeric: true }) * sign;
  });
}
