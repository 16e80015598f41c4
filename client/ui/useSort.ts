import { useSearchParam } from './useSearchParam';
import type { SortDirection } from './sortRows';

/** Sort column and direction kept in the address as `sort=column` or `sort=-column`. */
export function useSort(defaultSort: string) {
  const [value, setValue] = useSearchParam('sort', defaultSort);
  const direction: SortDirection = value.startsWith('-') ? 'descending' : 'ascending';
  const column = value.replace(/^-/, '');
  const onSort = (next: string) => setValue(next === column && direction === 'ascending' ? `-${next}` : next);
  return { sort: { column, direction }, onSort };
}
