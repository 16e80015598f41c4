import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Services } from './services/index.js';
import type { DatabaseKind } from './storage/dialect.js';
import { apiRoutes } from './http/routes.js';
import { errorHandler, notFoundHandler } from './http/problems.js';

export interface AppDeps {
  services: Services;
  databaseKind: DatabaseKind;
  logger: Logger;
  /** The built dashboard; when absent the app serves the API alone. */
  clientDir?: string;
}

/** Builds the app from its dependencies; listening is the caller's business, so tests can use any port. */
export function createApp({ services, databaseKind, logger, clientDir }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Served over plain http on a laptop as often as behind TLS: don't force https onto subresources.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.use('/api', express.json({ limit: '1mb', strict: true }));
  app.use('/api', apiRoutes(services, databaseKind));
  app.use('/api', notFoundHandler);

  const indexHtml = clientDir && join(clientDir, 'index.html');
  if (clientDir && indexHtml && existsSync(indexHtml)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1y', immutable: true }));
    // Client-side routes: any other page address gets the app shell, which routes itself.
    app.get('/{*path}', (_req, res) => res.sendFile(indexHtml, { maxAge: 0 }));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
