import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { listen } from '../support/listen.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

/** Enough claims that a download the client does not read stays open, held back by the socket. */
const claims = 30_000;

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  t = await createTestApp();
  server = await listen(t.app);
  const metric = await createMetric(t.app);
  const source = await createSource(t.app);
  const csv = csvDocument(
    ['source', 'metric', 'valueKind', 'value', 'quote'],
    Array.from({ length: claims }, (_, i) => [source.name, metric.name, 'exact', String(i + 1), 'q'.repeat(200)]),
  );
  await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.close();
});

const startExport = (format: 'csv' | 'json', signal?: AbortSignal) =>
  fetch(`${server.baseUrl}/api/export?format=${format}`, {
    headers: { Cookie: `triangulate_session=${t.editorSession}` },
    ...(signal ? { signal } : {}),
  });

describe('GET /api/export of a large dataset', () => {
  it('reads every page from one snapshot, so that writes made meanwhile neither show nor break the file', async () => {
    const res = await startExport('json');
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read();
    // Written while the file is still being read: a new source, and a claim on it.
    const late = await createClaim(t.app, { quote: 'written during the export' });
    let text = new TextDecoder().decode(first.value);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += new TextDecoder().decode(chunk.value, { stream: true });
    }
    const file = JSON.parse(text) as { claims: { id: number }[]; sources: { id: number }[] };
    expect(file.claims.length).toBeGreaterThanOrEqual(claims);
    expect(file.claims.some((c) => c.id === late.id)).toBe(false);
    expect(file.sources.some((s) => s.id === late.sourceId)).toBe(false);
  });

  it('lets a few run at once, refuses more with Retry-After, and frees a place when a download stops', async () => {
    const stops = Array.from({ length: 4 }, () => new AbortController());
    const running = await Promise.all(stops.map((stop) => startExport('csv', stop.signal)));
    expect(running.map((r) => r.status)).toEqual([200, 200, 200, 200]);

    const refused = await startExport('csv');
    await refused.body?.cancel();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    for (const stop of stops) stop.abort();
    const statusOfNew = async () => {
      const res = await startExport('csv');
      await res.body?.cancel();
      return res.status;
    };
    await expect.poll(statusOfNew, { timeout: 10_000 }).toBe(200);
  });
});
