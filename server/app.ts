import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';
import type { Services } from './services/index.js';
import cookieParser from 'cookie-parser';
import { authenticate } from './http/access.js';
import { apiRoutes, type ApiSettings } from './http/routes.js';
import { errorHandler, notFoundHandler } from './http/problems.js';
import { requestLog } from './http/requestLog.js';
import { securityHeaders } from './http/securityHeaders.js';
import { compressAnswers } from './http/compress.js';
import { limitedOnTheWire, refuseNonUtf8 } from './http/requestBody.js';

export interface AppDeps extends ApiSettings {
  services: Services;
  logger: Logger;
  /** Express's `trust proxy`, so that behind a TLS proxy session cookies are marked Secure. */
  trustProxy?: boolean | number | string;
  /** Serves the dashboard: the built files, or Vite's dev middleware; without it the app is the API alone. */
  frontend?: RequestHandler;
}

/** Builds the app from its dependencies; listening is the caller's business, so tests can use any port. */
export function createApp({ services, logger, frontend, trustProxy, ...settings }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use(securityHeaders());
  app.use(requestLog(logger));
  // The dashboard's files come precompressed and the event stream says no-transform: neither is compressed again.
  app.use(compressAnswers());

  // Imports read bodies of up to 50 MB on their own route (handlers/dataset.ts); every other stays under 1 MB.
  // A GET has no body to read.
  const jsonLimit = 1024 * 1024;
  const json = limitedOnTheWire(express.json({ limit: jsonLimit, strict: true, verify: refuseNonUtf8 }), jsonLimit);
  const jsonBody: RequestHandler = (req, res, next) =>
    req.method === 'GET' || req.path === '/import' ? next() : json(req, res, next);
  // One mount for all of /api, its parts in a router of their own: a middleware mounted at a path
  // matches and strips that path on every request, one mounted within the router does not.
  app.use(
    '/api',
    Router()
      .use(jsonBody, cookieParser(), authenticate(services.auth))
      .use(apiRoutes(services, settings))
      .use(notFoundHandler),
  );

  if (frontend) app.use(frontend);
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}

/** The built dashboard; any other page address gets the app shell, which routes itself. */
export function builtClient(clientDir: string): RequestHandler {
  const indexHtml = resolve(clientDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`No built dashboard at ${clientDir}: run npm run build`);
  const precompressed = expressStaticGzip(clientDir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, maxAge: '1y', immutable: true },
  });
  // The build's own brotli or gzip copy when the browser takes one: a fifth of the bytes, no CPU per
  // request. express-static-gzip sets the copy's encoding before it looks for the file, and leaves it
  // set when it passes the request on: cleared here, or the page or error sent next would claim it.
  const assets: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    precompressed(req, res, (error?: unknown) => {
      if (!res.headersSent) {
        res.removeHeader('Content-Encoding');
        res.removeHeader('Content-Type');
      }
      next(error);
    });
  };
  return Router()
    .use(assets)
    .get('/{*path}', (_req, res) => res.sendFile(indexHtml, { maxAge: 0 }));
}
