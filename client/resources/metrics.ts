import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  Comparison,
  EstimateAnswer,
  EstimateHistory,
  EstimateQuery,
  Metric,
  MetricInput,
  MetricPatch,
} from '../../shared/schemas/index.js';
import { apiFetch, queryString } from './http';
import { useRecordWrite } from './records';

export const metricsQueryOptions = () =>
  queryOptions({
    queryKey: ['metrics', 'list'],
    queryFn: ({ signal }) => apiFetch<{ items: Metric[] }>('/api/metrics', { signal }).then((r) => r.items),
  });

export const metricQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['metrics', 'detail', id],
    queryFn: ({ signal }) => apiFetch<Metric>(`/api/metrics/${id}`, { signal }),
  });

export const comparisonQueryOptions = (id: number, asOf: string | undefined, includeImprobable: boolean) =>
  queryOptions({
    queryKey: ['metrics', 'comparison', id, { asOf, includeImprobable }],
    queryFn: ({ signal }) =>
      apiFetch<Comparison>(
        `/api/metrics/${id}/comparison${queryString({ asOf, includeImprobable: includeImprobable || undefined })}`,
        { signal },
      ),
  });

/** What the estimate is asked to leave out or take in: the API's query, as the metric page's address holds it. */
export type EstimateSettings = Omit<EstimateQuery, 'asOf'>;

/** The estimate's settings as the API reads them, nothing written for a setting left as it is by default. */
const estimateSearch = (asOf: string, settings: EstimateSettings) =>
  queryString({
    asOf,
    minReliability: settings.minReliability,
    excludeSourceIds: settings.excludeSourceIds?.length ? settings.excludeSourceIds.join(',') : undefined,
    excludeParties: settings.excludeParties || undefined,
    includePartial: settings.includePartial || undefined,
  });

export const estimateQueryOptions = (id: number, asOf: string, settings: EstimateSettings) =>
  queryOptions({
    queryKey: ['metrics', 'estimate', id, { asOf, ...settings }],
    queryFn: ({ signal }) =>
      apiFetch<EstimateAnswer>(`/api/metrics/${id}/estimate${estimateSearch(asOf, settings)}`, { signal }),
  });

export const estimateHistoryQueryOptions = (id: number, asOf: string, settings: EstimateSettings) =>
  queryOptions({
    queryKey: ['metrics', 'estimateHistory', id, { asOf, ...settings }],
    queryFn: ({ signal }) =>
      apiFetch<EstimateHistory>(`/api/metrics/${id}/estimate/history${estimateSearch(asOf, settings)}`, { signal }),
  });

export const useMetrics = () => useQuery(metricsQueryOptions());
export const useMetric = (id: number) => useQuery(metricQueryOptions(id));
/** Moving the as-of date keeps the last chart up until the next one arrives, instead of a loading flash. */
export const useComparison = (id: number, asOf: string | undefined, includeImprobable: boolean) =>
  useQuery({ ...comparisonQueryOptions(id, asOf, includeImprobable), placeholderData: keepPreviousData });

/** Changing what the estimate leaves out keeps the last answer up until the next one arrives. */
export const useEstimate = (id: number, asOf: string, settings: EstimateSettings) =>
  useQuery({ ...estimateQueryOptions(id, asOf, settings), placeholderData: keepPreviousData });

/** The band over time keeps its last steps up while the next settings' are read, as the estimate does. */
export const useEstimateHistory = (id: number, asOf: string, settings: EstimateSettings) =>
  useQuery({ ...estimateHistoryQueryOptions(id, asOf, settings), placeholderData: keepPreviousData });

const detailKey = (id: number) => metricQueryOptions(id).queryKey;

export const useCreateMetric = () =>
  useRecordWrite((input: MetricInput) => apiFetch<Metric>('/api/metrics', { method: 'POST', json: input }), detailKey);

export const useUpdateMetric = () =>
  useRecordWrite(
    ({ id, patch }: { id: number; patch: MetricPatch }) =>
      apiFetch<Metric>(`/api/metrics/${id}`, { method: 'PATCH', json: patch }),
    detailKey,
  );
