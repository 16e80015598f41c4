import { createServer as createViteServer } from 'vite';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { startBackend } from './start.js';

/** `npm run dev`: the API and Vite's hot-reloading dashboard on one port, as in production. */
const config = loadConfig();
const { storage, services, logger } = await startBackend(config);
const vite = await createViteServer({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  server: { middlewareMode: true },
  appType: 'spa',
});

const app = createApp({ services, databaseKind: storage.kind, logger, frontend: vite.middlewares });
app.listen(config.PORT, () => logger.info(`Dev server on http://localhost:${config.PORT}`));
