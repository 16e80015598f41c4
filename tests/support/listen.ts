import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createHttpServer, serverTimeouts, type ServerTimeouts } from '../../server/http/httpServer.js';

/** Serves an app on a free loopback port, with the server's own time-outs unless others are given. */
export async function listen(app: Express, timeouts: ServerTimeouts = serverTimeouts) {
  const server = createHttpServer(app, timeouts).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
