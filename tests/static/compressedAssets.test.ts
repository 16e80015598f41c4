import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testApp.js';
import { listen } from '../support/listen.js';

const clientDir = fileURLToPath(new URL('../../dist/client', import.meta.url));

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
});
