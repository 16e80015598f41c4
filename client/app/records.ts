import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Claim, Metric, Revision, Source } from '../../shared/schemas/index.js';
import { apiFetch } from './http';

export type RecordKind = 'sources' | 'metrics' | 'claims';
type RecordOf<K extends RecordKind> = K extends 'sources' ? Source : K extends 'metrics' ? Metric : Claim;

/**
 * Writes to any record: create (no id) or patch (with the version the editor started from),
 * delete and restore. One claim changes its metric's comparison, the overview and the sources'
 * counts, so every write refreshes every record query; the data behind them is small.
 */
export function useRecordWrites<K extends RecordKind>(kind: K) {
  const queryClient = useQueryClient();
  const onSuccess = async (record: RecordOf<K>) => {
    queryClient.setQueryData([kind, 'detail', record.id], record);
    await Promise.all(
      (['claims', 'metrics', 'sources', 'divergence', 'history'] as const).map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
  };
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: number | undefined; body: object }) =>
        id === undefined
          ? apiFetch<RecordOf<K>>(`/api/${kind}`, { method: 'POST', json: body })
          : apiFetch<RecordOf<K>>(`/api/${kind}/${id}`, { method: 'PATCH', json: body }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: number) => apiFetch<RecordOf<K>>(`/api/${kind}/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
    restore: useMutation({
      mutationFn: (id: number) => apiFetch<RecordOf<K>>(`/api/${kind}/${id}/restore`, { method: 'POST' }),
      onSuccess,
    }),
  };
}

export const historyQueryOptions = (kind: RecordKind, id: number) =>
  queryOptions({
    queryKey: ['history', kind, id],
    queryFn: ({ signal }) =>
      apiFetch<{ items: Revision[] }>(`/api/${kind}/${id}/history`, { signal }).then((r) => r.items),
  });

export const useHistory = (kind: RecordKind, id: number) => useQuery(historyQueryOptions(kind, id));
