import { createServer, type RequestListener, type Server } from 'node:http';

export interface ServerTimeouts {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
}

/** How long a client may take over each part of a request before its connection is closed, in ms. */
export const serverTimeouts: ServerTimeouts = {
  // Headers are a few kilobytes, which even a poor mobile connection sends in a second or two: a
  // client still sending them after ten (or sending nothing at all) is holding a connection open
  // on purpose, and would otherwise hold it for Node's default of a minute.
  headersTimeout: 10_000,
  // The whole request, body included: an import uploads up to 50 MB, about seven minutes at
  // 1 Mbit/s. Only receiving the request counts: an event stream's long answer is not cut by it.
  requestTimeout: 10 * 60_000,
  // Longer than the 60 s that load balancers (AWS's, nginx's) keep an idle connection to the server
  // open: closing one just as the balancer reuses it would fail that request with a 502.
  keepAliveTimeout: 65_000,
  // How often Node looks for requests past those times; its default of 30 s would let a
  // ten-second limit stretch to forty.
  connectionsCheckingInterval: 1000,
};

/** The HTTP server for `app`, for `npm start`, `npm run dev` and the tests alike. */
export function createHttpServer(app: RequestListener, timeouts: ServerTimeouts = serverTimeouts): Server {
  return createServer(timeouts, app);
}
