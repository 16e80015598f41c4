import { MutationCache, QueryClient } from '@tanstack/react-query';
import { sessionExpiredEvent } from '../auth/SessionExpiredDialog';
import { ApiError } from '../resources/http';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A write refused for want of a session opens the sign-in dialog over the page, keeping the form.
    mutationCache: new MutationCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401 && !error.problem.errors?.length) {
          window.dispatchEvent(new Event(sessionExpiredEvent));
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will answer the same way again; only transient failures are worth retrying.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}
