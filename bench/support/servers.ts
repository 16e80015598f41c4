import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener } from 'node:http';

export interface Listening {
  /** `http://127.0.0.1:port`, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `listener` (an Express app or a plain handler) on loopback at a port the OS picks, so
 * benchmarks never clash with a running dev server.
 */
export function listenOnLoopback(listener: RequestListener): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = createServer(listener);
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
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
