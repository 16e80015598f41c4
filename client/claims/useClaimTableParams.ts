import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isoDay, valueKinds, type ValueKind } from '../../shared/schemas/index.js';
import type { ClaimTableFilters } from './claimTableRows';

export type FilterParam = 'source' | 'kind' | 'from' | 'to' | 'q';

const isDay = (s: string | null): s is string => isoDay.safeParse(s).success;
const isKind = (s: string | null): s is ValueKind => valueKinds.includes(s as ValueKind);

/**
 * The claims table's filters and page, kept in the address. Each change starts from the address as
 * it is now rather than as last rendered: the router renders in a transition, so two quick edits
 * (from, then to) would otherwise both start from the same old address and the first would be lost.
 * For the same reason a filter and the page change in one update.
 */
export function useClaimTableParams() {
  const [params, setParams] = useSearchParams();
  const source = params.get('source');
  const kind = params.get('kind');
  const from = params.get('from');
  const to = params.get('to');
  const text = params.get('q') ?? '';
  const filters = useMemo<ClaimTableFilters>(() => {
    const sourceId = Number(source);
    return {
      sourceId: Number.isInteger(sourceId) && sourceId > 0 ? sourceId : null,
      kind: isKind(kind) ? kind : null,
      from: isDay(from) ? from : null,
      to: isDay(to) ? to : null,
      text,
    };
  }, [source, kind, from, to, text]);
  const pageParam = Number(params.get('page'));

  const update = (changes: Partial<Record<FilterParam | 'page', string>>) =>
    setParams(
      () => {
        const next = new URLSearchParams(window.location.search);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return {
    filters,
    /** The page asked for in the address, or null to let the table choose. */
    page: Number.isInteger(pageParam) && pageParam > 0 ? pageParam : null,
    setFilter: (name: FilterParam, value: string) => update({ [name]: value, page: '' }),
    clearFilters: () => update({ source: '', kind: '', from: '', to: '', q: '', page: '' }),
    setPage: (page: number) => update({ page: page === 1 ? '' : String(page) }),
  };
}
