import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch, deleteOrRestoreFailure, staleWriteCurrent, unreachable } from './http';

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

  it("sends a body with the caller's Content-Type: the import refuses a CSV that goes as text/plain", async () => {
    const fetched = vi.fn((_path: string, _init: RequestInit) => Promise.resolve(Response.json({})));
    vi.stubGlobal('fetch', fetched);
    await apiFetch('/api/import?dryRun=true', { method: 'POST', body: 'a,b', headers: { 'Content-Type': 'text/csv' } });
    expect(fetched.mock.calls[0]![1].headers).toEqual({ Accept: 'application/json', 'Content-Type': 'text/csv' });
  });

  it('leaves a cancelled request an abort, so that a query no longer needed is not shown as failed', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')));
    await expect(apiFetch('/api/claims')).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('a write refused on a stale version', () => {
  const current = { id: 7, version: 3 };
  const stale = new ApiError(409, { status: 409, title: 'Version conflict', detail: 'Stale', current });
  // A source that claims still refer to is also a 409, but nobody changed it: there is no new version to look at.
  const inUse = new ApiError(409, { status: 409, title: 'Conflict', detail: 'Claims still cite this source' });

  it('carries the record as it now stands, and only then', () => {
    expect(staleWriteCurrent(stale)).toEqual(current);
    expect(staleWriteCurrent(inUse)).toBeUndefined();
    expect(staleWriteCurrent(new ApiError(400, { status: 400, title: 'Invalid', current }))).toBeUndefined();
    expect(staleWriteCurrent(new Error(unreachable))).toBeUndefined();
  });

  it('tells the analyst to look at the new version, and that nothing was done', () => {
    expect(deleteOrRestoreFailure(stale, 'claim', 'delete')).toBe(
      'Someone changed this claim since you loaded it; look at the new version before deleting it. Nothing was deleted.',
    );
    expect(deleteOrRestoreFailure(stale, 'source', 'restore')).toBe(
      'Someone changed this source since you loaded it; look at the new version before restoring it. Nothing was restored.',
    );
  });

  it("passes any other failure on in the server's words", () => {
    expect(deleteOrRestoreFailure(inUse, 'source', 'delete')).toBe('Claims still cite this source');
    expect(deleteOrRestoreFailure(new Error(unreachable), 'claim', 'restore')).toBe(unreachable);
  });
});
