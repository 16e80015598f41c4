import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Served over plain http on a laptop as often as behind TLS: don't force https onto subresources.
// Chart export draws the chart's SVG, as a blob: image, onto a canvas to make the PNG.
export const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    directives: { upgradeInsecureRequests: null, imgSrc: ["'self'", 'data:', 'blob:'] },
  },
};

/**
 * Helmet's headers, worked out once: with options that hold no per-request functions (a CSP
 * nonce, say) they are the same on every response, and running helmet's dozen middlewares per
 * request cost a tenth of a cached answer's throughput. The tests hold the result to what helmet
 * itself sends.
 */
export function securityHeaders(): RequestHandler {
  const headers = new Map<string, string>();
  // Such as X-Powered-By, which an app wrapping this one may have set.
  const removed = new Set<string>();
  const recorder = {
    setHeader: (name: string, value: unknown) => void headers.set(name, String(value)),
    removeHeader: (name: string) => void (headers.delete(name), removed.add(name)),
  };
  helmet(helmetOptions)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    res.setHeaders(headers);
    next();
  };
}
