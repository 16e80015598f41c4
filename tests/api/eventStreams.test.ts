import { get, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { listen } from '../support/listen.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

interface Stream {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body of a refusal; empty for a stream, which is never done. */
  body: Promise<string>;
  close(): void;
}

/** Opens `/api/events` on a connection of its own, as each browser tab does, and resolves on its status. */
function openStream(baseUrl: string, headers: Record<string, string>): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = get(`${baseUrl}/api/events`, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      if (res.statusCode !== 200) res.on('data', (chunk: Buffer) => chunks.push(chunk));
      resolve({
        status: res.statusCode!,
        headers: res.headers,
        body: new Promise((done) => res.on('end', () => done(Buffer.concat(chunks).toString()))),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

/** Opens `count` streams at once. */
const openStreams = (baseUrl: string, count: number, headers: (i: number) => Record<string, string>) =>
  Promise.all(Array.from({ length: count }, (_, i) => openStream(baseUrl, headers(i))));

/** Whether a new stream is let in now; one that is, is closed again at once. */
async function admitted(baseUrl: string, headers: Record<string, string>) {
  const stream = await openStream(baseUrl, headers);
  stream.close();
  return stream.status === 200;
}

async function expectRefused(stream: Stream, status: number) {
  expect(stream.status).toBe(status);
  expect(stream.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(stream.headers['retry-after']).toBe('30');
  expect(JSON.parse(await stream.body)).toMatchObject({ status, title: expect.any(String) });
}

describe('event streams of one session', () => {
  let t: TestApp;
  let served: Awaited<ReturnType<typeof listen>>;
  const streams: Stream[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    served = await listen(t.anonymous);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await served.close();
    await t.close();
  });

  it('are ten at most: the eleventh is a 429 with Retry-After, and a closed one frees its slot', async () => {
    const session = { Cookie: `${sessionCookie}=${t.editorSession}` };
    streams.push(...(await openStreams(served.baseUrl, 10, () => session)));
    expect(streams.map((s) => s.status)).toEqual(Array(10).fill(200));
    await expectRefused(await openStream(served.baseUrl, session), 429);

    // Another session of the same user, on the same address, has slots of its own.
    const other = { Cookie: `${sessionCookie}=${await t.sessionFor('viewer')}` };
    expect(await admitted(served.baseUrl, other)).toBe(true);

    streams.shift()!.close();
    await expect.poll(() => admitted(served.baseUrl, session)).toBe(true);
  });
});

describe('event streams read without a session, on a public server behind a proxy', () => {
  let t: TestApp;
  let served: Awaited<ReturnType<typeof listen>>;
  const streams: Stream[] = [];
  const from = (address: string) => ({ 'X-Forwarded-For': address });
  beforeAll(async () => {
    t = await createTestApp({ publicRead: true, env: { TRUST_PROXY: '1' } });
    served = await listen(t.anonymous);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await served.close();
    await t.close();
  });

  it('are fifty at most per address, which colleagues behind one office address share', async () => {
    streams.push(...(await openStreams(served.baseUrl, 50, () => from('203.0.113.1'))));
    expect(streams.map((s) => s.status)).toEqual(Array(50).fill(200));
    await expectRefused(await openStream(served.baseUrl, from('203.0.113.1')), 429);
    expect(await admitted(served.baseUrl, from('203.0.113.2'))).toBe(true);
    for (const stream of streams.splice(0)) stream.close();
  });

  it('count a cookie that names no session as no session: a forged one opens no share of its own', async () => {
    const forged = (i: number) => ({ ...from('203.0.113.9'), Cookie: `${sessionCookie}=forged-${i}` });
    streams.push(...(await openStreams(served.baseUrl, 50, forged)));
    expect(streams.map((s) => s.status)).toEqual(Array(50).fill(200));
    await expectRefused(await openStream(served.baseUrl, forged(50)), 429);
    for (const stream of streams.splice(0)) stream.close();
  });
});

describe('event streams on one instance', () => {
  let t: TestApp;
  let served: Awaited<ReturnType<typeof listen>>;
  const streams: Stream[] = [];
  const from = (address: string) => ({ 'X-Forwarded-For': address });
  beforeAll(async () => {
    t = await createTestApp({ publicRead: true, env: { TRUST_PROXY: '1' } });
    served = await listen(t.anonymous);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await served.close();
    await t.close();
  });

  it('are a thousand at most in all: the next is a 503 with Retry-After, whoever asks', async () => {
    // Twenty addresses of fifty streams each, every one within its own share.
    const address = (i: number) => from(`10.0.${Math.floor(i / 50)}.1`);
    streams.push(...(await openStreams(served.baseUrl, 1000, address)));
    expect(streams.filter((s) => s.status === 200)).toHaveLength(1000);
    await expectRefused(await openStream(served.baseUrl, from('192.0.2.1')), 503);

    streams.pop()!.close();
    await expect.poll(() => admitted(served.baseUrl, from('192.0.2.1'))).toBe(true);
  });
});
