import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { builtClient, createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { startBackend } from '../../server/start.js';

/**
 * The real app on a fresh SQLite file of its own, optionally with the demo data loaded.
 * Call `close()` in afterAll: it closes the database and removes the file.
 */
export async function createTestApp(opts: { seed?: boolean; clientDir?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-test-'));
  const config = loadConfig({
    DATABASE_URL: join(dir, 'test.db'),
    SEED: String(opts.seed ?? false),
    LOG_LEVEL: 'silent',
  });
  const backend = await startBackend(config, pino({ level: 'silent' }));
  const app = createApp({
    services: backend.services,
    databaseKind: backend.storage.kind,
    logger: backend.logger,
    ...(opts.clientDir ? { frontend: builtClient(opts.clientDir) } : {}),
  });
  return {
    app,
    ...backend,
    async close() {
      await backend.storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
