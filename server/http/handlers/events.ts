import type { Request, Response } from 'express';
import type { Services } from '../../services/index.js';
import { sessionTokenOf, signedInUser } from '../access.js';
import type { Handler } from '../apiRoute.js';
import { streamSlots } from '../streamSlots.js';

/** Past this many changes at once (an import), one "refresh" event replaces a flood of small ones. */
const refreshThreshold = 100;
const heartbeatMs = 25_000;

/** A dashboard holds one stream per tab: ten tabs in one session is plenty, more is a leak. */
const streamsPerSession = 10;
/**
 * Readers without a session (PUBLIC_READ) are told apart only by address, which colleagues behind
 * one office address share.
 */
const streamsPerAddress = 50;
/** About 30 MB of open streams: far from what one instance can hold, and far more than a team opens. */
const streamsInAll = 1000;
/** A slot frees when a tab closes, which nobody can foresee; half a minute keeps retries rare. */
const retryAfterSeconds = 30;

/** A signed-in reader's session, or else the address of one reading without a session. */
const streamClient = (req: Request, res: Response) => {
  const token = signedInUser(res) && sessionTokenOf(req);
  return token
    ? { key: `session:${token}`, limit: streamsPerSession }
    : { key: `ip:${req.ip}`, limit: streamsPerAddress };
};

/**
 * Server-Sent Events: one `change` event per committed write (record type, id, action, version),
 * from this instance or, through the database, from any other.
 */
export const streamEvents = (services: Services): Handler<unknown> => {
  const slots = streamSlots({ inAll: streamsInAll, retryAfterSeconds });
  return (_input, req, res) => {
    // Given back however the stream ends: the client closed it, the network dropped it, or a HEAD.
    res.on('close', slots.take(streamClient(req, res)));
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // Proxies that buffer responses would hold events back until the buffer fills.
      'X-Accel-Buffering': 'no',
    });
    // A HEAD asks what a GET would answer; a stream it can never read must not stay open.
    if (req.method === 'HEAD') return void res.end();
    res.write('retry: 2000\n\n');
    const unsubscribe = services.feed.subscribe((changes) => {
      if (changes.length > refreshThreshold) {
        res.write(`event: refresh\ndata: ${JSON.stringify({ changes: changes.length })}\n\n`);
        return;
      }
      for (const change of changes) res.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
    });
    // Idle connections get cut by proxies and load balancers; a comment line keeps them open.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  };
};
