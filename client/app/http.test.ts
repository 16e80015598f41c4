import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, unreachable } from './http';

describe('apiFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the server could not be reached, rather than the browser\'s "Failed to fetch"', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(apiFetch('/api/claims', { method: 'POST', json: {} })).rejects.toThrow(unreachable);
  });

  it("answers a 204 with nothing, and a refusal with the server's problem detail", async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 204 })));
    await expect(apiFetch('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    const problem = { status: 403, title: 'Forbidden', detail: 'Only admins may do this' };
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(problem, { status: 403 })));
    await expect(apiFetch('/api/users/2/revoke-sessions', { method: 'POST' })).rejects.toThrow(
      'Only admins may do this',
    );
  });

  it('leaves a cancelled request an abort, so that a query no longer needed is not shown as failed', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')));
    await expect(apiFetch('/api/claims')).rejects.toMatchObject({ name: 'AbortError' });
  });
});
