import type { RequestHandler } from 'express';
import type { Services } from '../../services/index.js';

/** Past this many changes at once (an import), one "refresh" event replaces a flood of small ones. */
const refreshThreshold = 100;
const heartbeatMs = 25_000;

/**
 * Server-Sent Events: one `change` event per committed write (record type, id, action, version),
 * from this instance or, through the database, from any other.
 */
export const streamEvents =
  (services: Services): RequestHandler =>
  (req, res) => {
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
