import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scratchDatabase } from './postgresCluster.js';
import { pino, type Logger } from 'pino';
import { inject } from 'vitest';
import express, { type Express } from 'express';
import type { Role } from '../../shared/schemas/index.js';
import { builtClient } from '../../server/app.js';
import { sessionCookie } from '../../server/http/access.js';
import type { Clock } from '../../server/services/clock.js';
import type { Services } from '../../server/services/index.js';
import { loadConfig } from '../../server/config.js';
import { startBackend } from '../../server/start.js';

export const adminEmail = 'admin@test.example';
export const adminPassword = 'admin-password-for-tests';
export const editorEmail = 'editor@test.example';
export const editorPassword = 'editor-password-for-tests';

/**
 * The real app on a fresh database of its own, optionally with the demo data loaded.
 *
 * `app` is that app seen through a browser signed in as an editor: each request carries the
 * cookie of a real session from a real sign-in, as a cookie jar would. `anonymous` is the same app
 * with no cookie. Call `close()` in afterAll: it closes the database and removes it.
 * `joinDatabase` starts a second instance on another app's database, as behind a load balancer.
 */
export async function createTestApp(
  opts: {
    seed?: boolean;
    clientDir?: string;
    joinDatabase?: string;
    publicRead?: boolean;
    /** Further settings, as environment variables would give them. */
    env?: Record<string, string>;
    logger?: Logger;
    /** The clock the server reads, for a test that moves time on rather than waits. */
    now?: Clock;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-test-'));
  const database = opts.joinDatabase
    ? { url: opts.joinDatabase, drop: async () => {} }
    : await freshDatabase(join(dir, 'test.db'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    SEED: String(opts.seed ?? false),
    LOG_LEVEL: 'silent',
    PUBLIC_READ: String(opts.publicRead ?? false),
    TRIANGULATE_ADMIN_EMAIL: adminEmail,
    TRIANGULATE_ADMIN_PASSWORD: adminPassword,
    ...opts.env,
  });
  const backend = await startBackend(config, opts.logger ?? pino({ level: 'silent' }), opts.now);
  const anonymous = backend.app(opts.clientDir ? builtClient(opts.clientDir) : undefined);
  const editorSession = await sessionFor(backend.services, {
    email: editorEmail,
    password: editorPassword,
    role: 'editor',
  });
  return {
    ...backend,
    app: withCookie(anonymous, `${sessionCookie}=${editorSession}`),
    anonymous,
    editorSession,
    /** A signed-in session for a new user of that role. */
    sessionFor: (role: Role, email = `${role}-${Math.random().toString(36).slice(2)}@test.example`) =>
      sessionFor(backend.services, { email, password: `${role}-password-for-tests`, role }),
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
export async function freshDatabase(sqlitePath: string): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) return { url: sqlitePath, drop: async () => {} };
  return scratchDatabase(serverUrl, 'test');
}

/** Creates the user unless it exists, and signs in for real to get a session token. */
async function sessionFor(services: Services, u: { email: string; password: string; role: Role }): Promise<string> {
  const exists = (await services.auth.listUsers()).some((user) => user.email === u.email);
  if (!exists) await services.auth.createUser({ ...u, displayName: `Test ${u.role}` });
  return (await services.auth.login(u.email, u.password, `test-${u.email}`)).token;
}

/** The app as a browser with this cookie in its jar sees it, unless a request brings its own. */
export function withCookie(app: Express, cookie: string): Express {
  const jar = express();
  jar.use((req, _res, next) => {
    req.headers.cookie ??= cookie;
    next();
  });
  jar.use(app);
  return jar;
}
