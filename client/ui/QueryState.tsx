import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../resources/http';

/**
 * Loading, error (with retry) and empty states for one query, so that every screen shows all three
 * the same way; `children` renders only with data.
 */
export function QueryState<T>({
  query,
  label,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <p className="state state-loading" role="status" aria-live="polite">
        Loading {label}…
      </p>
    );
  }
  if (query.isError && query.error instanceof ApiError && query.error.status === 401) {
    return <SignInRedirect />;
  }
  if (query.isError) {
    return (
      <div className="state state-error" role="alert">
        <p>
          Could not load {label}: {query.error.message}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (isEmpty?.(query.data)) {
    return <div className="state state-empty">{empty ?? <p>No {label} yet.</p>}</div>;
  }
  return <>{children(query.data)}</>;
}

/** Reading needs a session (unless the server is public): go and sign in, then come back here. */
export function SignInRedirect() {
  const { pathname, search } = useLocation();
  return <Navigate to={`/sign-in?next=${encodeURIComponent(pathname + search)}`} replace />;
}
