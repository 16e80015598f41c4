import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { maxImportBytes } from '../../shared/dataset/transfer.js';
import { listen } from '../support/listen.js';
import { expectProblem } from '../support/problems.js';
import { uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let baseUrl: string;
let close: () => Promise<void>;
beforeAll(async () => {
  t = await createTestApp();
  ({ baseUrl, close } = await listen(t.anonymous));
});
afterAll(async () => {
  await close();
  await t.close();
});

const jsonLimit = 1024 * 1024;

/** A route with a body limit, and a body it takes, to send compressed. */
const routes = [
  {
    route: 'a JSON write',
    path: '/api/sources',
    type: 'application/json',
    limit: jsonLimit,
    body: (name: string) => JSON.stringify({ name }),
  },
  {
    route: 'an import',
    path: '/api/import',
    type: 'text/csv',
    limit: maxImportBytes,
    body: (name: string) => `source,metric,metricUnit,valueKind\r\n${name},${uniqueName('M')},people,statement\r\n`,
  },
];

/** A gzip member of nothing: any number of them, one after another, inflate to nothing. */
const emptyMember = gzipSync(Buffer.alloc(0));
/** 64 KB of empty members, the piece a stream of them is sent in. */
const emptyMembers = Buffer.concat(Array.from({ length: Math.floor(65536 / emptyMember.length) }, () => emptyMember));

/** A gzip body that inflates to `text` and takes `bytes` on the wire, padded with empty members. */
function paddedGzip(text: string, bytes: number): Buffer {
  const start = gzipSync(text);
  const padding = Buffer.alloc(Math.ceil((bytes - start.length) / emptyMember.length) * emptyMember.length);
  for (let at = 0; at < padding.length; at += emptyMember.length) emptyMember.copy(padding, at);
  return Buffer.concat([start, padding]);
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** How many bytes the client had handed over when the answer came. */
  sent: number;
  /** Settles when the server closes the connection. */
  closed: Promise<void>;
}

/**
 * Posts `pieces` as the editor, as fast as the server takes them, until the server answers or
 * every piece is sent, then ends the request unless told to leave it waiting for the rest. The
 * server may close the connection while pieces are still going: the client then stops, as a
 * browser does.
 */
function upload(
  path: string,
  headers: Record<string, string>,
  pieces: Iterable<Buffer>,
  { end = true } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { ...headers, Cookie: `${sessionCookie}=${t.editorSession}` },
    });
    let sent = 0;
    let answered = false;
    const closed = new Promise<void>((done) => req.once('close', done));
    req.on('error', (error) => answered || reject(error));
    req.on('response', (res) => {
      answered = true;
      const atAnswer = sent;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text), sent: atAnswer, closed });
      });
    });
    const iterator = pieces[Symbol.iterator]();
    const write = (): void => {
      while (!answered && !req.destroyed) {
        const next = iterator.next();
        if (next.done) return void (end && req.end());
        sent += next.value.length;
        if (!req.write(next.value)) return void req.once('drain', write);
      }
    };
    write();
  });
}

/** The body in 64 KB pieces, as a client streams it. */
function* piecesOf(body: Buffer): Generator<Buffer> {
  for (let at = 0; at < body.length; at += 65536) yield body.subarray(at, at + 65536);
}

/**
 * 64 KB of what may follow the compressed data and inflate to nothing: empty members, or zeros,
 * where gunzip stops.
 */
const paddings = { 'empty gzip members': emptyMembers, zeros: Buffer.alloc(65536) };

/** `text` gzipped, then padding until `bytes` have gone, in pieces. */
function* gzipStream(text: string, padding: Buffer, bytes: number): Generator<Buffer> {
  const start = gzipSync(text);
  yield start;
  for (let sent = start.length; sent < bytes; sent += padding.length) yield padding;
}

async function sourceNames(): Promise<string[]> {
  const { items } = (await request(t.app).get('/api/sources?includeDeleted=true').expect(200)).body;
  return items.map((s: { name: string }) => s.name);
}

describe('body limits on compressed bodies', () => {
  it.each(routes)('take $route compressed within its limit, whole or in chunks', async ({ path, type, body }) => {
    for (const chunked of [false, true]) {
      const name = uniqueName('Zipped');
      const zipped = gzipSync(body(name));
      const length: Record<string, string> = chunked ? {} : { 'Content-Length': String(zipped.length) };
      const answer = await upload(path, { 'Content-Type': type, 'Content-Encoding': 'gzip', ...length }, [zipped]);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(await sourceNames()).toContain(name);
    }
  });

  it.each(routes)(
    'refuse $route whose compressed length is over its limit, before reading it',
    async ({ path, type, limit, body }) => {
      const name = uniqueName('Padded');
      // It inflates to a few bytes: only its length on the wire is over the limit.
      const padded = paddedGzip(body(name), limit + 1024);
      const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': String(padded.length) };
      const whole = await upload(path, headers, piecesOf(padded));
      expectProblem(whole, 413, 'body');
      expect(whole.headers.connection).toBe('close');
      await whole.closed;

      // Answered with the rest of the body still to come: it was not waited for.
      const [start] = piecesOf(padded);
      const unread = await Promise.race([
        upload(path, headers, [start!], { end: false }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('No answer before the body ended')), 5000)),
      ]);
      expectProblem(unread, 413, 'body');
      await unread.closed;
      expect(await sourceNames()).not.toContain(name);
    },
  );

  it.each(routes)(
    'stop reading $route sent compressed in chunks once its bytes pass its limit',
    async ({ path, type, limit, body }) => {
      // Far more than the limit and than what the sockets' buffers on both ends hold.
      const most = limit + 64 * 1024 * 1024;
      const headers = { 'Content-Type': type, 'Content-Encoding': 'gzip' };
      for (const [what, padding] of Object.entries(paddings)) {
        const name = uniqueName('Streamed');
        const answer = await upload(path, headers, gzipStream(body(name), padding, most));
        expectProblem(answer, 413, 'body');
        expect(answer.headers.connection, what).toBe('close');
        expect(answer.sent, what).toBeLessThan(most);
        await answer.closed;
        expect(await sourceNames(), what).not.toContain(name);
      }
    },
  );

  // body-parser's own limit, on the inflated body: kept, and checked here.
  it.each(routes)('refuse $route that inflates past its limit', async ({ path, type, limit, body }) => {
    const name = uniqueName('Bomb');
    const text = body(name) + ' '.repeat(limit);
    const zipped = gzipSync(text);
    expect(zipped.length).toBeLessThan(limit / 100);
    const res = await request(t.app)
      .post(path)
      .set('Content-Type', type)
      .set('Content-Encoding', 'gzip')
      .serialize((sent: string) => sent)
      .send(zipped as unknown as string);
    expectProblem(res, 413, 'body');
    expect(await sourceNames()).not.toContain(name);
  });
});
