import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { LiveUpdates } from './LiveUpdates';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { createQueryClient } from './queryClient';
import { OverviewPage } from '../overview/OverviewPage';
import { MetricPage, metricPageLoader } from '../metric/route';
import { ToastProvider } from '../ui/toast';

// The chart-heavy pages load on demand so that the first page stays small.
const SourcesPage = lazy(() => import('../sources/SourcesPage'));
const SourcePage = lazy(() => import('../sources/SourcePage'));
const ClaimFormPage = lazy(() => import('../claims/form/ClaimFormPage'));
const SourceFormPage = lazy(() => import('../sources/form/SourceFormPage'));
const MetricFormPage = lazy(() => import('../metricForm/MetricFormPage'));
const HistoryPage = lazy(() => import('../history/HistoryPage'));
const SignInPage = lazy(() => import('../auth/SignInPage'));
const ChangePasswordPage = lazy(() => import('../auth/ChangePasswordPage'));
const ActivityPage = lazy(() => import('../activity/ActivityPage'));
const UsersPage = lazy(() => import('../admin/UsersPage'));
const ImportPage = lazy(() => import('../dataset/ImportPage'));
const AddFromTextPage = lazy(() => import('../fromText/AddFromTextPage'));
const MethodologyPage = lazy(() => import('../methodology/MethodologyPage'));

/** One per page load: route loaders fill the same cache the pages read. */
const queryClient = createQueryClient();

const router = createBrowserRouter([
  {
    element: <Layout />,
    // Without an error element, React Router replaces the whole app with its developer screen.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Catches a page's errors inside the layout, so the header and navigation stay usable.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'metrics/new', element: <MetricFormPage /> },
          { path: 'metrics/:id', element: <MetricPage />, loader: metricPageLoader(queryClient) },
          { path: 'metrics/:id/edit', element: <MetricFormPage /> },
          { path: 'metrics/:id/history', element: <HistoryPage kind="metrics" /> },
          { path: 'sources', element: <SourcesPage /> },
          { path: 'sources/new', element: <SourceFormPage /> },
          { path: 'sources/:id', element: <SourcePage /> },
          { path: 'sources/:id/edit', element: <SourceFormPage /> },
          { path: 'sources/:id/history', element: <HistoryPage kind="sources" /> },
          { path: 'claims/new', element: <ClaimFormPage /> },
          { path: 'claims/:id/edit', element: <ClaimFormPage /> },
          { path: 'claims/:id/history', element: <HistoryPage kind="claims" /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: 'activity', element: <ActivityPage /> },
          { path: 'admin/users', element: <UsersPage /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'add-from-text', element: <AddFromTextPage /> },
          { path: 'methodology', element: <MethodologyPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdates />
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
