import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Claim, Metric, Revision, Source } from '../../shared/schemas/index.js';
import { apiFetch, queryString, staleWriteCurrent } from './http';

export type RecordKind = 'sources' | 'metrics' | 'claims';
type RecordOf<K extends RecordKind> = K extends 'sources' ? Source : K extends 'metrics' ? Metric : Claim;
/** A record as the analyst saw it: a delete or restore of any other version is refused. */
type SeenRecord = { id: number; version: number };

/**
 * Writes to any record: create (no id) or patch (with the version the editor started from),
 * delete and restore (of the version the analyst saw). One claim changes its metric's comparison,
 * the overview and the sources' counts, so every write refreshes every record query; the data
 * behind them is small. A write refused because the record changed meanwhile refreshes them too,
 * so that the analyst sees what changed.
 */
export function useRecordWrites<K extends RecordKind>(kind: K) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all(
      (['claims', 'metrics', 'sources', 'divergence', 'history'] as const).map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
  const onSuccess = async (record: RecordOf<K>) => {
    queryClient.setQueryData([kind, 'detail', record.id], record);
    await refresh();
  };
  const onError = async (error: Error) => {
    if (staleWriteCurrent(error) !== undefined) await refresh();
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
      mutationFn: ({ id, version }: SeenRecord) =>
        apiFetch<RecordOf<K>>(`/api/${kind}/${id}${queryString({ version })}`, { method: 'DELETE' }),
      onSuccess,
      onError,
    }),
    restore: useMutation({
      mutationFn: ({ id, version }: SeenRecord) =>
        apiFetch<RecordOf<K>>(`/api/${kind}/${id}/restore${queryString({ version })}`, { method: 'POST' }),
      onSuccess,
      onError,
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
