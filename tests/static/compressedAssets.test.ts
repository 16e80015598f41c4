import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testApp.js';
import { listen } from '../support/listen.js';

// A copy of the build, which a test here may damage without touching the other suites' files.
const clientDir = mkdtempSync(join(tmpdir(), 'triangulate-client-'));
cpSync(fileURLToPath(new URL('../../dist/client', import.meta.url)), clientDir, { recursive: true });

let t: Awaited<ReturnType<typeof createTestApp>>;
let origin: string;
let close: () => Promise<void>;
beforeAll(async () => {
  t = await createTestApp({ clientDir });
  ({ baseUrl: origin, close } = await listen(t.anonymous));
});
afterAll(async () => {
  await close();
  await t.close();
  rmSync(clientDir, { recursive: true, force: true });
});

/** The first page's own script, as its HTML names it. */
async function mainScriptPath(): Promise<string> {
  const html = await (await fetch(`${origin}/`)).text();
  return /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
}

const get = (path: string, acceptEncoding: string) =>
  fetch(origin + path, { headers: { 'Accept-Encoding': acceptEncoding } });

describe('the dashboard’s files', () => {
  it('go out as the build’s brotli copy, or gzip, to a browser that takes one, and as they are otherwise', async () => {
    const path = await mainScriptPath();
    const plain = await get(path, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const source = await plain.text();
    expect(source.length).toBeGreaterThan(10_000);

    for (const [accepted, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const response = await get(path, accepted!);
      expect(response.headers.get('content-encoding')).toBe(sent);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(response.headers.get('cache-control')).toContain('immutable');
      // fetch undoes the encoding: what arrives must be the very same script.
      expect(await response.text()).toBe(source);
    }
  });

  it('never claim an encoding for what they pass on: another method, or a copy gone since start-up', async () => {
    const path = await mainScriptPath();
    const posted = await fetch(origin + path, { method: 'POST', headers: { 'Accept-Encoding': 'br' } });
    expect(posted.status).toBe(404);
    expect(posted.headers.get('content-encoding')).toBeNull();
    expect(((await posted.json()) as { status: number }).status).toBe(404);

    // As when the dashboard is rebuilt under a running server.
    rmSync(join(clientDir, `${path}.br`));
    const response = await get(path, 'br');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    // The app shell goes out instead, compressed as any answer is: fetch undoes the encoding the
    // headers claim, and fails if the body is not in it, as it was when the copy's claim was left set.
    expect(await response.text()).toContain('<div id="root">');
  });
});
