import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Claim, ClaimPage } from '../../shared/schemas/index.js';
import { apiFetch, queryString } from '../app/http';

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
