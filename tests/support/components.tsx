import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import type { Claim, Metric, Source, SourceWithCount } from '../../shared/schemas/index.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// jsdom has <dialog> without its methods; the forms' dialogs only need to open and close.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

/** A component on a cache of its own, which gives up on a failed query at once (TanStack Query's testing guide). */
export function renderWithQueries(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

export interface ApiRequest {
  method: string;
  path: string;
  body: unknown;
}
type Answer = { status?: number; body?: unknown };

/**
 * Stands in for the server: `answer` is asked for each request the client sends (a GET's path with
 * its query string) and may wait before answering; every request is kept, in order.
 */
export function fakeApi(answer: (request: ApiRequest) => Answer | Promise<Answer>): ApiRequest[] {
  const requests: ApiRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const request = {
      method: init.method ?? 'GET',
      path: input,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const { status = 200, body } = await answer(request);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return requests;
}

/** A problem answer as the server words one. */
export const problem = (
  status: number,
  fields: { errors?: { path: string; message: string }[]; current?: unknown },
) => ({
  status,
  body: { status, title: status === 409 ? 'Version conflict' : 'Invalid request', ...fields },
});

const meta = { version: 1, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', deletedAt: null };

export const metric = (fields: Partial<Metric> = {}): Metric => ({
  id: 1,
  name: 'North Korean soldiers killed',
  aliases: [],
  unit: 'soldiers',
  topic: null,
  description: null,
  tolerance: null,
  partOfMetricId: null,
  ...meta,
  ...fields,
});

export const source = (fields: Partial<SourceWithCount> = {}): SourceWithCount => ({
  id: 1,
  name: 'Korean Central News Agency (KCNA)',
  shortName: 'KCNA',
  aliases: [],
  kind: 'state_media',
  country: 'North Korea',
  group: null,
  reliability: 'F',
  party: true,
  url: null,
  notes: null,
  claimCount: 0,
  ...meta,
  ...fields,
});

export const claim = (fields: Partial<Claim> = {}): Claim => ({
  id: 1,
  metricId: 1,
  sourceId: 1,
  value: { kind: 'exact', value: 9 },
  scope: null,
  coverage: null,
  statedOn: '2025-04-28',
  via: null,
  reportedBy: null,
  citationUrl: null,
  quote: null,
  credibility: 6,
  repeatsClaimId: null,
  notes: null,
  ...meta,
  ...fields,
});

/** The lists every claim form asks for, answered at once. */
export function listsOf({
  metrics = [metric()],
  sources = [source()],
  claims = [],
}: { metrics?: Metric[]; sources?: Source[]; claims?: Claim[] } = {}) {
  return (request: ApiRequest): Answer | undefined => {
    if (request.method !== 'GET') return undefined;
    if (request.path === '/api/metrics') return { body: { items: metrics } };
    if (request.path === '/api/sources') return { body: { items: sources } };
    if (request.path.startsWith('/api/claims?')) return { body: { items: claims, nextCursor: null } };
    return undefined;
  };
}
