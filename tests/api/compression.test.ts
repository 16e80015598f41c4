import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimPage, type ClaimInput } from '../../shared/schemas/index.js';
import { listen } from '../support/listen.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let baseUrl: string;
let close: () => Promise<void>;
let metricId: number;
beforeAll(async () => {
  t = await createTestApp({ publicRead: true });
  ({ baseUrl, close } = await listen(t.anonymous));
  // Claims enough for answers of kilobytes, which are worth compressing.
  metricId = (await createMetric(t.app)).id;
  const sources = [];
  for (let i = 0; i < 11; i++) sources.push(await createSource(t.app));
  for (let i = 0; i < 33; i++) {
    const value: ClaimInput['value'] = { kind: 'exact', value: 10 * (i + 1) };
    const statedOn = `2025-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`;
    await createClaim(t.app, { metricId, sourceId: sources[i % 11]!.id, value, statedOn, quote: `Quote ${i}` });
  }
});
afterAll(async () => {
  await close();
  await t.close();
});

const get = (path: string, acceptEncoding: string, signal?: AbortSignal) =>
  fetch(baseUrl + path, { headers: { 'Accept-Encoding': acceptEncoding }, ...(signal ? { signal } : {}) });

/** What a browser sends, and what a brotli-less client sends, with the encoding each should get. */
const encodings = [
  ['gzip, deflate, br', 'br'],
  ['gzip', 'gzip'],
] as const;

/**
 * For each encoding, the answer at `path` comes in it and decodes (fetch undoes the encoding) to
 * the very same JSON as `plain`; returns each copy's entity tag.
 */
async function expectCompressedCopies(path: string, plain: unknown) {
  const tags: { accepted: string; tag: string | null }[] = [];
  for (const [accepted, sent] of encodings) {
    const response = await get(path, accepted);
    expect(response.headers.get('content-encoding')).toBe(sent);
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(await response.json()).toEqual(plain);
    tags.push({ accepted, tag: response.headers.get('etag') });
  }
  return tags;
}

describe('compressed answers', () => {
  it('send JSON as brotli or gzip to a client that takes one, and the same JSON as it is otherwise', async () => {
    const path = '/api/claims?limit=500';
    const plain = await get(path, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const body: unknown = await plain.json();
    expect(ClaimPage.parse(body).items.length).toBeGreaterThan(30);
    await expectCompressedCopies(path, body);
  });

  it('send a kept comparison compressed once, under its own tag, and 304 to a client that holds that copy', async () => {
    const path = `/api/metrics/${metricId}/comparison?asOf=2026-01-01`;
    const plain = await get(path, 'identity');
    const plainTag = plain.headers.get('etag')!;
    for (const { accepted, tag } of await expectCompressedCopies(path, await plain.json())) {
      expect(tag).not.toBe(plainTag);
      // supertest, because fetch asks for no-cache whenever it sends If-None-Match.
      await request(t.anonymous).get(path).set('Accept-Encoding', accepted).set('If-None-Match', tag!).expect(304);
      // A copy held in one encoding is not the other's.
      await request(t.anonymous).get(path).set('Accept-Encoding', 'identity').set('If-None-Match', tag!).expect(200);
    }
    for (const accepted of ['', 'deflate']) {
      // Neither encoding it keeps: the answer as it is, under its own tag, not deflated on the fly.
      const other = await get(path, accepted);
      expect(other.headers.get('content-encoding')).toBeNull();
      expect(other.headers.get('etag')).toBe(plainTag);
    }
  });

  it('leave the event stream as it is, so that each event arrives at once', async () => {
    const controller = new AbortController();
    const response = await get('/api/events', 'gzip, deflate, br', controller.signal);
    expect(response.headers.get('content-encoding')).toBeNull();
    const { value } = await response.body!.getReader().read();
    expect(new TextDecoder().decode(value)).toContain('retry: 2000');
    controller.abort();
  });
});
