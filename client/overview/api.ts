import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DivergenceList } from '../../shared/schemas/index.js';
import { apiFetch, queryString } from '../app/http';

export interface DivergenceFilters {
  asOf?: string | undefined;
  topic?: string | undefined;
  includeImprobable?: true | undefined;
}

export const divergenceQueryOptions = (filters: DivergenceFilters) =>
  queryOptions({
    queryKey: ['divergence', filters],
    queryFn: ({ signal }) => apiFetch<DivergenceList>(`/api/divergence${queryString({ ...filters })}`, { signal }),
  });

// Stepping the as-of date keeps the last ranking on screen instead of flashing a loading state.
export const useDivergence = (filters: DivergenceFilters) =>
  useQuery({ ...divergenceQueryOptions(filters), placeholderData: keepPreviousData });
