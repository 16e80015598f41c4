import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Claim, ClaimBatch, ClaimInput, ClaimPage, ClaimPatch } from '../../shared/schemas/index.js';
import { apiFetch, queryString } from './http';
import { useRecordsWrite, useRecordWrite, type SeenRecord } from './records';

export interface ClaimFilters {
  metricId?: number | undefined;
  sourceId?: number | undefined;
  includeDeleted?: boolean | undefined;
}

/** Every claim matching the filters, gathered page by page: tables sort and filter them locally. */
async function fetchAllClaims(filters: ClaimFilters, signal: AbortSignal): Promise<Claim[]> {
  const items: Claim[] = [];
  let cursor: string | null = null;
  do {
    const page: ClaimPage = await apiFetch<ClaimPage>(`/api/claims${queryString({ ...filters, limit: 500, cursor })}`, {
      signal,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const claimsQueryOptions = (filters: ClaimFilters) =>
  queryOptions({
    queryKey: ['claims', 'list', filters],
    queryFn: ({ signal }) => fetchAllClaims(filters, signal),
  });

export const useClaims = (filters: ClaimFilters) => useQuery(claimsQueryOptions(filters));

export const claimQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['claims', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Claim>(`/api/claims/${id}`, { signal }),
  });

const detailKey = (id: number) => claimQueryOptions(id).queryKey;

export const useCreateClaim = () =>
  useRecordWrite((input: ClaimInput) => apiFetch<Claim>('/api/claims', { method: 'POST', json: input }), detailKey);

export const useUpdateClaim = () =>
  useRecordWrite(
    ({ id, patch }: { id: number; patch: ClaimPatch }) =>
      apiFetch<Claim>(`/api/claims/${id}`, { method: 'PATCH', json: patch }),
    detailKey,
  );

export const useDeleteClaim = () =>
  useRecordWrite(
    ({ id, version }: SeenRecord) =>
      apiFetch<Claim>(`/api/claims/${id}${queryString({ version })}`, { method: 'DELETE' }),
    detailKey,
  );

export const useRestoreClaim = () =>
  useRecordWrite(
    ({ id, version }: SeenRecord) =>
      apiFetch<Claim>(`/api/claims/${id}/restore${queryString({ version })}`, { method: 'POST' }),
    detailKey,
  );

/** Several new claims, as from one article: all saved or none. */
export const useCreateClaims = () =>
  useRecordsWrite((batch: ClaimBatch) =>
    apiFetch<{ items: Claim[] }>('/api/claims/batch', { method: 'POST', json: batch }).then((r) => r.items),
  );
