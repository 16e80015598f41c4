import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  DismissDuplicate,
  PossibleDuplicate,
  Source,
  SourceGroup,
  SourceInput,
  SourcePatch,
  SourceWithCount,
} from '../../shared/schemas/index.js';
import { apiFetch } from './http';
import { useRecordsWrite, useRecordWrite } from './records';

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

/** Under the sources' key: a source's write, which may give a new group its colour, refetches it. */
export const groupColoursQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'groups'],
    queryFn: ({ signal }) => apiFetch<{ items: SourceGroup[] }>('/api/groups', { signal }).then((r) => r.items),
  });

export const useSources = () => useQuery(sourcesQueryOptions());
export const useSource = (id: number) => useQuery(sourceQueryOptions(id));

const detailKey = (id: number) => sourceQueryOptions(id).queryKey;

export const useCreateSource = () =>
  useRecordWrite((input: SourceInput) => apiFetch<Source>('/api/sources', { method: 'POST', json: input }), detailKey);

export const useUpdateSource = () =>
  useRecordWrite(
    ({ id, patch }: { id: number; patch: SourcePatch }) =>
      apiFetch<Source>(`/api/sources/${id}`, { method: 'PATCH', json: patch }),
    detailKey,
  );

export const duplicatesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources', 'duplicates'],
    queryFn: ({ signal }) =>
      apiFetch<{ items: PossibleDuplicate[] }>('/api/sources/duplicates', { signal }).then((r) => r.items),
  });

export const useDuplicates = () => useQuery(duplicatesQueryOptions());

/** Says two sources are not one; the list of possible duplicates, under the sources' key, refreshes. */
export const useDismissDuplicate = () =>
  useRecordsWrite((pair: DismissDuplicate) =>
    apiFetch<void>('/api/sources/duplicates/dismiss', { method: 'POST', json: pair }),
  );
