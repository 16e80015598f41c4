import type { QueryClient } from '@tanstack/react-query';
import { lazy } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { comparisonQueryOptions, metricQueryOptions } from '../resources/metrics';
import { asOfFrom } from './asOf';
import { groupColoursQueryOptions } from '../resources/sources';
import { improbableParam, includesImprobable } from '../ui/ImprobableToggle';

const loadMetricPage = () => import('./MetricPage');

export const MetricPage = lazy(loadMetricPage);

/**
 * Starts everything a metric page needs as soon as the address is known: its code, the metric and
 * its comparison, side by side rather than one after the other. Nothing waits for them; the page
 * shows its own loading states.
 */
export const metricPageLoader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    void loadMetricPage();
    const id = Number(params.id);
    if (Number.isInteger(id) && id > 0) {
      const params = new URL(request.url).searchParams;
      void queryClient.prefetchQuery(metricQueryOptions(id));
      // The charts draw in the groups' colours: asked for beside the comparison, not after it.
      void queryClient.prefetchQuery(groupColoursQueryOptions());
      void queryClient.prefetchQuery(
        comparisonQueryOptions(id, asOfFrom(params.get('asOf')), includesImprobable(params.get(improbableParam))),
      );
    }
    return null;
  };
