import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/listen.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const extract = (t: TestApp, text: string) => request(t.app).post('/api/extract').send({ text });

/** A hundred thousand bare figures: among the slowest texts to read, about a second. */
const slowText = '1 '.repeat(100_000);
const article = 'The NIS said 1,200 soldiers, 3 to 4,000 troops and about 600 engineers arrived on Friday. ';
const longArticle = article.repeat(Math.ceil(200_000 / article.length)).slice(0, 200_000);

/** Apps with their own limits, each on a fresh database, closed after the file's tests. */
function appWith(env: Record<string, string>) {
  const app = {} as { t: TestApp };
  beforeAll(async () => {
    app.t = await createTestApp({ env });
  });
  afterAll(() => app.t?.close());
  return app;
}

describe('POST /api/extract on hostile text', () => {
  const app = appWith({});

  it.each([
    ['a row of dots', `a${'.'.repeat(199_998)}a`],
    ['dots, then spaces, then a lower-case word', `${'.'.repeat(100_000)}${' '.repeat(99_999)}x`],
    ['a long line before a lone \\r', `${'a'.repeat(199_998)}\rb`],
  ])('reads 200,000 characters of %s well inside the time limit', async (_name, text) => {
    const res = await extract(app.t, text).expect(200);
    expect(res.body).toEqual({ candidates: [], total: 0 });
  });
});

describe('POST /api/extract on a text that takes longer than the time limit', () => {
  const app = appWith({ EXTRACT_TIME_LIMIT_SECONDS: '0.001', EXTRACT_WORKERS: '1', EXTRACT_QUEUE: '0' });

  it('stops reading it and answers 422 naming the text, and the reader is free again at once', async () => {
    const res = await extract(app.t, longArticle);
    expectProblem(res, 422, 'text');
    expect(res.body.detail).toBe('This text takes too long to read; paste a shorter part');
    // One reader and no line: had the stopped reader kept its place, this would be a 503.
    expectProblem(await extract(app.t, longArticle), 422, 'text');
  });
});

describe('POST /api/extract when every reader is busy', () => {
  const app = appWith({ EXTRACT_WORKERS: '1', EXTRACT_QUEUE: '1' });

  it('reads one text, lines up one, and refuses the rest with 503 and Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, () => extract(app.t, slowText)));
    expect(answers.map((res) => res.status).sort()).toEqual([200, 200, 503, 503]);
    for (const res of answers.filter((r) => r.status === 503)) {
      expectProblem(res, 503);
      // By then the text being read has been answered or stopped: the 10-second time limit.
      expect(res.headers['retry-after']).toBe('10');
    }
  });
});

describe('POST /api/extract from a client that goes away', () => {
  const app = appWith({ EXTRACT_WORKERS: '1', EXTRACT_QUEUE: '0' });
  /** Each word a reporting verb whose subject is the words before it: the slowest text known. */
  const slowestText = 'Said '.repeat(40_000);
  const probe = () => extract(app.t, 'Nine soldiers were killed.');

  /**
   * Sends the text over a connection of its own, to be cut before the answer, and waits until the
   * one reader is reading it: until a probe is refused. A probe that reached the reader first has the
   * text refused instead, and then the text is sent again.
   */
  async function readWhileConnected(baseUrl: string, text: string): Promise<() => void> {
    const body = JSON.stringify({ text });
    for (;;) {
      let answered = false;
      const req = httpRequest(`${baseUrl}/api/extract`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      });
      req.on('error', () => {}); // the cut connection, which is the point
      req.on('response', (res) => {
        answered = true;
        res.resume();
      });
      req.end(body);
      while (!answered) {
        if ((await probe()).status === 503) return () => req.destroy();
      }
    }
  }

  /** When the first probe was sent that the one reader took rather than refused with a 503. */
  async function firstTaken(): Promise<number> {
    for (;;) {
      const sent = performance.now();
      const res = await probe();
      if (res.status !== 503) {
        expect(res.status).toBe(200);
        return sent;
      }
    }
  }

  it('stops reading its text, so that the one reader takes the next request at once', async () => {
    const { baseUrl, close } = await listen(app.t.app);
    await probe().expect(200); // the reader is started
    const started = performance.now();
    await extract(app.t, slowestText).expect(200);
    const readTime = performance.now() - started;

    const hangUp = await readWhileConnected(baseUrl, slowestText);
    hangUp();
    const hungUp = performance.now();
    // Read to its end, the text would have held the reader for most of `readTime` more. (The probe
    // taken waits for a new reader to start, a third of a second, which is why its answer is not timed.)
    expect((await firstTaken()) - hungUp).toBeLessThan(readTime / 2);
    await close();
  });
});
