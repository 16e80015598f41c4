import { createServer as createViteServer } from 'vite';
import { loadConfig } from './config.js';
import { createHttpServer } from './http/httpServer.js';
import { startBackend } from './start.js';

/** `npm run dev`: the API and Vite's hot-reloading dashboard on one port, as in production. */
const config = loadConfig();
const backend = await startBackend(config);
const { logger } = backend;
const vite = await createViteServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { middlewareMode: true },
  appType: 'spa',
});

const app = backend.app(vite.middlewares);
createHttpServer(app).listen(config.PORT, () => logger.info(`Dev server on http://localhost:${config.PORT}`));
