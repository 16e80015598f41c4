import type { FieldError, Problem } from '../../shared/schemas/index.js';

/** A failed API call, carrying the server's problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

/**
 * The record as it now stands when the server refused a write because someone changed the record
 * since the analyst loaded it; undefined for any other failure.
 */
export function staleWriteCurrent(error: unknown): unknown {
  return error instanceof ApiError && error.status === 409 ? error.problem.current : undefined;
}

/**
 * What to tell an analyst whose delete or restore failed: when the record changed under them, that
 * they have not seen it as it stands, so they look before acting again.
 */
export function deleteOrRestoreFailure(error: unknown, noun: string, action: 'delete' | 'restore'): string {
  if (staleWriteCurrent(error) === undefined) return error instanceof Error ? error.message : String(error);
  const doing = action === 'delete' ? 'deleting' : 'restoring';
  return `Someone changed this ${noun} since you loaded it; look at the new version before ${doing} it. Nothing was ${action}d.`;
}

export const unreachable = 'Could not reach the server: check your connection and try again.';

/** A request: a JSON body as `json`, or another body with the `Content-Type` in `headers`. */
type ApiRequest = Omit<RequestInit, 'headers'> & { json?: unknown; headers?: Record<string, string> };

export async function apiFetch<T>(path: string, init?: ApiRequest): Promise<T> {
  const { json, headers, ...rest } = init ?? {};
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: {
        Accept: 'application/json',
        ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch (error) {
    // A request cancelled on purpose (a query no longer needed) must stay an abort for the caller.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // Browsers word a network failure as "Failed to fetch" or "NetworkError…": neither tells an analyst what to do.
    throw new Error(unreachable, { cause: error });
  }
  if (!response.ok) {
    const problem = await response
      .json()
      .catch(() => ({ status: response.status, title: response.statusText || 'Request failed' }));
    throw new ApiError(response.status, problem as Problem);
  }
  // A 204 (sign out, revoke sessions) has no body to read.
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Builds a query string from the set values only. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
