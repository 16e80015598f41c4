import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/20261126T0000-initial.js';
import type { Database } from './tables.js';
import { databaseKind, type DatabaseKind } from './dialect.js';

export type Db = Kysely<Database>;

const migrations: Record<string, Migration> = {
  '20261126T0000-initial': initial,
};

/** Migrations ship inside the code, so a bundled or relocated server still finds them. */
const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

export interface Storage {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
}

function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '');
}

export async function openStorage(url: string): Promise<Storage> {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('PostgreSQL is not supported yet: set DATABASE_URL to a SQLite file path');
  }
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets readers go on while a write commits; NORMAL sync is safe under WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, kind: databaseKind(db), close: () => db.destroy() };
}

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
