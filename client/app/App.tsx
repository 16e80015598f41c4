import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { createQueryClient } from './queryClient';
import { OverviewPage } from '../overview/OverviewPage';

// The chart-heavy pages load on demand so that the first page stays small.
const MetricPage = lazy(() => import('../metric/MetricPage'));
const SourcesPage = lazy(() => import('../sources/SourcesPage'));
const SourcePage = lazy(() => import('../sources/SourcePage'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'metrics/:id', element: <MetricPage /> },
      { path: 'sources', element: <SourcesPage /> },
      { path: 'sources/:id', element: <SourcePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
