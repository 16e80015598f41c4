import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Source, SourceWithCount } from '../../shared/schemas/index.js';
import { apiFetch } from '../app/http';

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'list'],
    queryFn: ({ signal }) => apiFetch<{ items: SourceWithCount[] }>('/api/sources', { signal }).then((r) => r.items),
  });

export const sourceQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['sources', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Source>(`/api/sources/${id}`, { signal }),
  });

export const useSources = () => useQuery(sourcesQueryOptions());
export const useSource = (id: number) => useQuery(sourceQueryOptions(id));
