import { fileURLToPath } from 'node:url';
import { builtClient } from './app.js';
import { loadConfig } from './config.js';
import { createHttpServer } from './http/httpServer.js';
import { startBackend } from './start.js';

const config = loadConfig();
const backend = await startBackend(config);
const { storage, logger } = backend;
// From server/index.ts the dashboard's build is at ../dist/client; from this file's compiled copy,
// dist/node/server/index.js, at ../../client.
const clientDir = new URL(import.meta.url.endsWith('.ts') ? '../dist/client' : '../../client', import.meta.url);
const app = backend.app(builtClient(fileURLToPath(clientDir)));

backend.services.comparison.prepare();

const server = createHttpServer(app).listen(config.PORT, () => {
  logger.info(`Triangulate is serving on http://localhost:${config.PORT} (${storage.kind})`);
});

function shutdown(signal: string) {
  logger.info({ signal }, 'Shutting down');
  server.close(() => void backend.close().then(() => process.exit(0)));
  server.closeAllConnections();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
