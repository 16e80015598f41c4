import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { builtClient, createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { startBackend } from '../../server/start.js';

/**
 * The real app on a fresh SQLite file of its own, optionally with the demo data loaded.
 * Call `close()` in afterAll: it closes the database and removes it. `joinDatabase` starts a second
 * instance on another app's database, as a team runs several behind a load balancer.
 */
export async function createTestApp(opts: { seed?: boolean; clientDir?: string; joinDatabase?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-test-'));
  const database = opts.joinDatabase
    ? { url: opts.joinDatabase, drop: async () => {} }
    : await freshDatabase(join(dir, 'test.db'));
  const config = loadConfig({
    DATABASE_URL: database.url,
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
    databaseUrl: database.url,
    async close() {
      await backend.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * In the PostgreSQL project, a new database on the run's server; otherwise a new SQLite file.
 * Either way no two test files share data.
 */
async function freshDatabase(sqlitePath: string): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) return { url: sqlitePath, drop: async () => {} };
  const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database ${name} with (force)`) };
}
