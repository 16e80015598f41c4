import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type DataTag,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { MergeInput, Revision } from '../../shared/schemas/index.js';
import { apiFetch, staleWriteCurrent } from './http';

export type RecordKind = 'sources' | 'metrics' | 'claims';
/** A record as the analyst saw it: a patch, delete or restore of any other version is refused. */
export type SeenRecord = { id: number; version: number };

/**
 * The queries a write can change. One claim changes its metric's comparison, the overview, the
 * sources' counts and the activity, so every write, made here or announced by the server,
 * refreshes them all; the data behind them is small.
 */
export const recordQueryRoots = [['claims'], ['metrics'], ['sources'], ['divergence'], ['activity']] as const;

export const refreshRecords = (queryClient: QueryClient) =>
  Promise.all(recordQueryRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

/**
 * A write that answers with the record written: the answer becomes the record's cached detail,
 * then every record query refreshes. A write refused because the record changed meanwhile
 * refreshes them too, so that the analyst sees what changed.
 */
export function useRecordWrite<TVariables, R extends { id: number }>(
  mutationFn: (variables: TVariables) => Promise<R>,
  detailKey: (id: number) => DataTag<QueryKey, R, Error>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (record) => {
      queryClient.setQueryData(detailKey(record.id), record);
      await refreshRecords(queryClient);
    },
    onError: async (error) => {
      if (staleWriteCurrent(error) !== undefined) await refreshRecords(queryClient);
    },
  });
}

/** Several records' writes at once (an import, a batch): nothing to cache, everything to refresh. */
export function useRecordsWrite<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => refreshRecords(queryClient) });
}

export const historyQueryOptions = (kind: RecordKind, id: number) =>
  queryOptions({
    queryKey: [kind, 'history', id],
    queryFn: ({ signal }) =>
      apiFetch<{ items: Revision[] }>(`/api/${kind}/${id}/history`, { signal }).then((r) => r.items),
  });

export const useHistory = (kind: RecordKind, id: number) => useQuery(historyQueryOptions(kind, id));

/** Merges a source or metric into another: many records change, so every record query refreshes. */
export const useMerge = (kind: 'sources' | 'metrics') =>
  useRecordsWrite(({ id, merge }: { id: number; merge: MergeInput }) =>
    apiFetch<{ movedClaims: number }>(`/api/${kind}/${id}/merge`, { method: 'POST', json: merge }),
  );

/** Undoes the latest merge of a source or metric, at the version its history shows. */
export const useUnmerge = (kind: 'sources' | 'metrics') =>
  useRecordsWrite(({ id, version }: SeenRecord) =>
    apiFetch<{ movedClaims: number }>(`/api/${kind}/${id}/unmerge`, { method: 'POST', json: { version } }),
  );
