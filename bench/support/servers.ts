import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type express from 'express';

export interface Listening {
  /** `http://127.0.0.1:port`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Serves `app` on loopback at a port the OS picks, so benchmarks never clash with a running dev server. */
export function listenOnLoopback(app: express.Express): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', (error?: Error) => {
      if (error) return reject(error);
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // autocannon's keep-alive sockets would otherwise hold close() open until they time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
