import { connect } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, serverTimeouts } from '../../server/http/httpServer.js';
import { listenForChanges } from '../support/events.js';
import { listen } from '../support/listen.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Far shorter than the server's own, so that the tests need not wait out those. */
const short = { ...serverTimeouts, headersTimeout: 300, requestTimeout: 300, connectionsCheckingInterval: 50 };

let t: TestApp;
let served: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  t = await createTestApp({ publicRead: true });
  served = await listen(t.anonymous, short);
});
afterAll(async () => {
  await served.close();
  await t.close();
});

describe('the HTTP server', () => {
  it('is made with the time-outs the server runs with', () => {
    const server = createHttpServer(t.anonymous);
    expect(server.headersTimeout).toBe(serverTimeouts.headersTimeout);
    expect(server.requestTimeout).toBe(serverTimeouts.requestTimeout);
    expect(server.keepAliveTimeout).toBe(serverTimeouts.keepAliveTimeout);
  });

  it('cuts off a client that sends its headers too slowly, with a 408', async () => {
    const { port } = new URL(served.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    const started = Date.now();
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    // A reset is followed by 'close' too, which is awaited; the answer then tells what happened.
    socket.on('error', () => {});
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    // A header line every 50 ms: the client is sending, only never finishing.
    const trickle = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 50);
    await new Promise((resolve) => socket.on('close', resolve));
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps an event stream open past the time-out for receiving the request', async () => {
    const events = await listenForChanges(served.baseUrl);
    try {
      // Several request time-outs and checks go by: the stream was received at once, and only
      // its answer goes on.
      await new Promise((resolve) => setTimeout(resolve, 6 * short.requestTimeout));
      const created = await request(t.app).post('/api/sources').send({ name: 'After the time-out' }).expect(201);
      await events.waitFor((e) => e.type === 'source' && e.id === created.body.id, 5000);
    } finally {
      events.close();
    }
  });
});
