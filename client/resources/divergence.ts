import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DivergenceList } from '../../shared/schemas/index.js';
import { apiFetch, queryString } from './http';

/** Metrics per overview page: enough to compare at a glance, few enough that the chart stays legible. */
export const overviewPageSize = 50;

export interface DivergenceFilters {
  asOf?: string | undefined;
  topic?: string | undefined;
  /** Part of a metric's name. */
  q?: string | undefined;
  includeImprobable?: true | undefined;
  offset?: number | undefined;
}

export const divergenceQueryOptions = (filters: DivergenceFilters) =>
  queryOptions({
    queryKey: ['divergence', 'list', filters],
    queryFn: ({ signal }) =>
      apiFetch<DivergenceList>(`/api/divergence${queryString({ ...filters, limit: overviewPageSize })}`, { signal }),
  });

// Stepping the as-of date keeps the last ranking on screen instead of flashing a loading state.
export const useDivergence = (filters: DivergenceFilters) =>
  useQuery({ ...divergenceQueryOptions(filters), placeholderData: keepPreviousData });
