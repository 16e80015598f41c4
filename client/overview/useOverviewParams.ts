import { useSearchParams } from 'react-router';
import { improbableParam, includesImprobable } from '../ui/ImprobableToggle';
import { useAddressedText } from '../ui/useSearchParamText';

type OverviewParam = 'q' | 'topic' | 'asOf' | typeof improbableParam;

/**
 * The overview's filters and page, kept in the address. A filter changes together with the page,
 * in one update from the address as it is now: the router renders in a transition, so a filter set
 * and then the page reset as two updates would each start from the old address, and one be lost.
 * A new filter starts again at the first page, of a ranking that is not the one paged through.
 */
export function useOverviewParams() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Partial<Record<OverviewParam | 'page', string>>) =>
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
  const setFilter = (name: OverviewParam) => (value: string) => update({ [name]: value, page: '' });
  const [search, setSearch] = useAddressedText(params.get('q') ?? '', setFilter('q'));
  const [asOf, setAsOf] = useAddressedText(params.get('asOf') ?? '', setFilter('asOf'));
  const pageParam = Number(params.get('page'));

  return {
    search,
    setSearch,
    topic: params.get('topic') ?? '',
    setTopic: setFilter('topic'),
    asOf,
    setAsOf,
    includeImprobable: includesImprobable(params.get(improbableParam)),
    setIncludeImprobable: (include: boolean) => setFilter(improbableParam)(include ? 'included' : ''),
    page: Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1,
    setPage: (page: number) => update({ page: page === 1 ? '' : String(page) }),
  };
}
