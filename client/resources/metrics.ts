import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Comparison, Metric, MetricInput, MetricPatch } from '../../shared/schemas/index.js';
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

export const useMetrics = () => useQuery(metricsQueryOptions());
export const useMetric = (id: number) => useQuery(metricQueryOptions(id));
/** Moving the as-of date keeps the last chart up until the next one arrives, instead of a loading flash. */
export const useComparison = (id: number, asOf: string | undefined, includeImprobable: boolean) =>
  useQuery({ ...comparisonQueryOptions(id, asOf, includeImprobable), placeholderData: keepPreviousData });

const detailKey = (id: number) => metricQueryOptions(id).queryKey;

export const useCreateMetric = () =>
  useRecordWrite((input: MetricInput) => apiFetch<Metric>('/api/metrics', { method: 'POST', json: input }), detailKey);

export const useUpdateMetric = () =>
  useRecordWrite(
    ({ id, patch }: { id: number; patch: MetricPatch }) =>
      apiFetch<Metric>(`/api/metrics/${id}`, { method: 'PATCH', json: patch }),
    detailKey,
  );
