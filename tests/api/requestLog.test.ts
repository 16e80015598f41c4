import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { pino, type Level } from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { listen } from '../support/listen.js';
import { sessionCookie } from '../../server/http/access.js';
import { createTestApp } from '../support/testApp.js';

interface LogLine {
  level: number;
  msg: string;
  aborted?: boolean;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

/** A test app whose logs, at `level`, are kept as parsed lines. */
async function appLoggingAt(level: Level) {
  const lines: LogLine[] = [];
  const logger = pino(
    { level },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)) as LogLine);
        done();
      },
    }),
  );
  const t = await createTestApp({ logger });
  const requestLines = () => lines.filter((l) => l.req !== undefined);
  return { t, requestLines };
}

const atInfo = await appLoggingAt('info');
const atError = await appLoggingAt('error');
afterAll(async () => {
  await atInfo.t.close();
  await atError.t.close();
});

/** The log line is written when the response closes, which can come just after supertest has the body. */
const eventually = async <T>(read: () => T[]): Promise<T[]> => {
  await expect.poll(() => read().length).toBeGreaterThan(0);
  return read();
};

describe('request logs', () => {
  it('write one line per request with its method, address, status and time', async () => {
    await request(atInfo.t.anonymous).get('/api/health?probe=1').expect(200);
    const [line] = await eventually(atInfo.requestLines);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/api/health?probe=1' },
      res: { statusCode: 200 },
    });
    expect(line!.responseTime).toBeGreaterThanOrEqual(0);
  });

  it('log client errors as warnings and leave request headers out', async () => {
    await request(atInfo.t.anonymous).get('/api/sources').set('Cookie', 'triangulate_session=secret').expect(401);
    const lines = await eventually(() => atInfo.requestLines().filter((l) => l.req!.url === '/api/sources'));
    expect(lines).toEqual([expect.objectContaining({ level: 40, res: { statusCode: 401 } })]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('leave out what is below the configured level', async () => {
    await request(atError.t.anonymous).get('/api/health').expect(200);
    await request(atError.t.anonymous).get('/api/sources').expect(401);
    // A request that is logged shows the lines above were not merely late.
    await request(atInfo.t.anonymous).get('/api/health?after=1').expect(200);
    await eventually(() => atInfo.requestLines().filter((l) => l.req!.url === '/api/health?after=1'));
    expect(atError.requestLines()).toEqual([]);
  });

  it('tell a request given up before any answer from a stream cut off after its start', async () => {
    const { baseUrl, close } = await listen(atInfo.t.anonymous);
    try {
      // An upload the client abandons halfway: the server never gets to answer.
      const upload = httpRequest(`${baseUrl}/api/import`, {
        method: 'POST',
        headers: {
          'Content-Type': 'text/csv',
          'Content-Length': '100000',
          Cookie: `${sessionCookie}=${atInfo.t.editorSession}`,
        },
      });
      upload.on('error', () => {});
      upload.write('source,metric\n');
      setTimeout(() => upload.destroy(), 100);
      const [given] = await eventually(() => atInfo.requestLines().filter((l) => l.req!.url === '/api/import'));
      expect(given).toMatchObject({ level: 40, msg: 'request aborted before an answer', aborted: true });
      expect(given!.res).toBeUndefined();

      // A dashboard closed while listening for changes.
      const listening = new AbortController();
      const events = await fetch(`${baseUrl}/api/events`, {
        headers: { Cookie: `${sessionCookie}=${atInfo.t.editorSession}` },
        signal: listening.signal,
      });
      await events.body!.getReader().read();
      listening.abort();
      const [cut] = await eventually(() => atInfo.requestLines().filter((l) => l.req!.url === '/api/events'));
      expect(cut).toMatchObject({
        level: 30,
        msg: 'connection closed before the answer ended',
        res: { statusCode: 200 },
        aborted: true,
      });
    } finally {
      await close();
    }
  });
});
