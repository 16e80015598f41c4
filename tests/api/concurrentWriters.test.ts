import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/listen.js';
import { createClaim } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

/**
 * Editors saving at the same moment, while the server checkpoints its write-ahead log in the
 * background. A write that read first and then wrote could not wait for the checkpointer's lock:
 * one in a few hundred failed with "database is locked", through no fault of the analyst's.
 */
const writers = 8;
const seconds = 10;

let t: Awaited<ReturnType<typeof createTestApp>>;
let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  t = await createTestApp();
  server = await listen(t.app);
});
afterAll(async () => {
  await server.close();
  await t.close();
});

describe(`${writers} editors saving for ${seconds} s`, () => {
  it('never fails a write for the server’s own background work', { timeout: 60_000 }, async () => {
    const cookie = `triangulate_session=${t.editorSession}`;
    const claims = await Promise.all(Array.from({ length: writers }, () => createClaim(t.app)));
    const until = performance.now() + seconds * 1000;
    const failures: string[] = [];
    let writes = 0;
    await Promise.all(
      claims.map(async (claim) => {
        let version = claim.version;
        for (let i = 1; performance.now() < until; i++) {
          // An edit of one's own claim, and a new claim: both read before they write.
          const patched = await fetch(`${server.baseUrl}/api/claims/${claim.id}`, {
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ version, value: { kind: 'exact', value: i } }),
          });
          writes++;
          if (patched.ok) version = ((await patched.json()) as { version: number }).version;
          else failures.push(`${patched.status} ${await patched.text()}`);
          const created = await fetch(`${server.baseUrl}/api/claims`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({
              metricId: claim.metricId,
              sourceId: claim.sourceId,
              value: { kind: 'exact', value: i },
            }),
          });
          writes++;
          if (!created.ok) failures.push(`${created.status} ${await created.text()}`);
        }
      }),
    );
    expect(writes).toBeGreaterThan(writers * 10);
    expect(failures).toEqual([]);
    const { body } = await request(t.app).get(`/api/claims?metricId=${claims[0]!.metricId}&limit=1`).expect(200);
    expect(body.items).toHaveLength(1);
  });
});
