import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration, type MigrationProvider } from 'kysely';
import pg from 'pg';
import * as initial from './migrations/20261126T0000-initial.js';
import * as users from './migrations/20261126T0100-users.js';
import * as foldedNameKeys from './migrations/20261127T0000-folded-name-keys.js';
import * as loginFailureWindows from './migrations/20261128T0000-login-failure-windows.js';
import * as sourceClaimCounts from './migrations/20261203T0000-source-claim-counts.js';
import * as lookalikeNameKeys from './migrations/20261203T0100-lookalike-name-keys.js';
import * as claimsByMetric from './migrations/20261203T0200-claims-by-metric.js';
import * as groupColours from './migrations/20261204T0000-group-colours.js';
import * as claimCoverage from './migrations/20261204T0100-claim-coverage.js';
import * as metricToleranceAndParts from './migrations/20261204T0300-metric-tolerance-and-parts.js';
import * as claimsAnalysed from './migrations/20261204T0400-claims-analysed.js';
import * as sourceParty from './migrations/20261204T0500-source-party.js';
import * as claimsCountedPerStatement from './migrations/20261204T1800-claims-counted-per-statement.js';
import * as nameAliases from './migrations/20261204T1900-name-aliases.js';
import * as merges from './migrations/20261204T1910-merges.js';
import * as dismissedDuplicates from './migrations/20261204T1920-dismissed-duplicates.js';
import type { Database } from './tables.js';
import { databaseKind, type DatabaseKind } from './dialect.js';
import { logSizeLimit, serverCheckpointPages, startWalCheckpointer } from './walCheckpointer.js';
import { reusingStatements, WriterSqliteDialect } from './sqliteDialect.js';

export type Db = Kysely<Database>;

/** The SQL function lower-casing all of Unicode that SQLite connections get (PostgreSQL's lower() does already). */
export const unicodeLower = 'unicode_lower';

const migrations: Record<string, Migration> = {
  '20261126T0000-initial': initial,
  '20261126T0100-users': users,
  '20261127T0000-folded-name-keys': foldedNameKeys,
  '20261128T0000-login-failure-windows': loginFailureWindows,
  '20261203T0000-source-claim-counts': sourceClaimCounts,
  '20261203T0100-lookalike-name-keys': lookalikeNameKeys,
  '20261203T0200-claims-by-metric': claimsByMetric,
  '20261204T0000-group-colours': groupColours,
  '20261204T0100-claim-coverage': claimCoverage,
  '20261204T0300-metric-tolerance-and-parts': metricToleranceAndParts,
  '20261204T0400-claims-analysed': claimsAnalysed,
  '20261204T0500-source-party': sourceParty,
  '20261204T1800-claims-counted-per-statement': claimsCountedPerStatement,
  '20261204T1900-name-aliases': nameAliases,
  '20261204T1910-merges': merges,
  '20261204T1920-dismissed-duplicates': dismissedDuplicates,
};

/** Migrations ship inside the code, so a bundled or relocated server still finds them. */
const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

export interface Storage {
  db: Db;
  kind: DatabaseKind;
  /** The connection string, for the PostgreSQL change channel's own LISTEN connection. */
  url: string;
  close(): Promise<void>;
}

/** The database as it stood at one moment, for reads that take a while; `close` lets it go. */
export interface Snapshot {
  db: Db;
  close(): Promise<void>;
}

const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

function sqlitePath(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '');
}

/**
 * The server connection's page cache, in SQLite's negative-means-KiB: 16 MB holds the pages that
 * requests keep reading, and leaves the rest to the operating system's cache, within the server's
 * memory budget. A large import takes more while it runs (see withImportCache).
 */
export const serverCacheSize = -16384;

/** Keyed by the dialect adapter, which a database shares with every transaction opened on it. */
const sqliteHandles = new WeakMap<object, SQLite.Database>();

/**
 * SQLite's one connection, for bulk writes that run a prepared statement row by row: twice as fast
 * as multi-row statements, and four times as fast as a Kysely query per row. Given only to a
 * transaction, which holds that connection: outside one, raw statements would slip past Kysely's
 * lock into whatever transaction another request has open. Undefined on PostgreSQL.
 */
export function sqliteHandle(tx: Db): SQLite.Database | undefined {
  if (!tx.isTransaction) throw new Error('The raw SQLite connection is only for use inside a transaction');
  return sqliteHandles.get(tx.getExecutor().adapter);
}

/**
 * `readOnly` opens a connection that only reads, for a thread of its own beside the server's: on
 * SQLite it leaves the write-ahead log to the server's connection, on PostgreSQL it is a small pool.
 */
export async function openStorage(url: string, opts: { readOnly?: boolean } = {}): Promise<Storage> {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: opts.readOnly ? 2 : 10 });
    // An idle connection the server closed (restart, failover) is reported here; the pool drops it and
    // opens a new one on demand. Unhandled, the event would crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', url, close: () => db.destroy() };
  }
  const path = sqlitePath(url);
  if (opts.readOnly) return openSqliteReader(url, path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  // WAL lets readers go on while a write commits; NORMAL sync is safe under WAL and much faster.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = ${serverCacheSize}`);
  addUnicodeLower(sqlite);
  const db = new Kysely<Database>({ dialect: new WriterSqliteDialect(sqlite) });
  sqliteHandles.set(db.getExecutor().adapter, sqlite);
  if (path === ':memory:') return { db, kind: databaseKind(db), url, close: () => db.destroy() };
  sqlite.pragma(`wal_autocheckpoint = ${serverCheckpointPages}`);
  sqlite.pragma(`journal_size_limit = ${logSizeLimit}`);
  const checkpointer = startWalCheckpointer(path);
  const close = async () => {
    await db.destroy();
    await checkpointer.close();
  };
  return { db, kind: databaseKind(db), url, close };
}

/** SQLite's LIKE and lower() fold ASCII letters only; searches for other scripts fold with this. */
function addUnicodeLower(sqlite: SQLite.Database) {
  sqlite.function(unicodeLower, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
}

function openSqliteReader(url: string, path: string): Storage {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  // Readers make no log to replay and write no pages: 16 MB of cache, beside the operating
  // system's own, keeps the server's memory in bounds with several of them open.
  sqlite.pragma('cache_size = -16384');
  addUnicodeLower(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  return { db, kind: 'sqlite', url, close: () => db.destroy() };
}

/**
 * A consistent view of the database for a long read, such as an export streamed page by page,
 * that never holds writers back: every page sees the same claims, sources and metrics, so a file
 * written over seconds of edits still ties together. SQLite reads it on a connection of its own
 * (a WAL reader does not block the writer, nor is held up by it); PostgreSQL in a repeatable-read
 * transaction on a connection of the pool, held until closed.
 */
export async function openSnapshot(storage: Storage): Promise<Snapshot> {
  if (storage.kind === 'postgres') {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let opened!: (db: Db) => void;
    const held = new Promise<Db>((resolve) => (opened = resolve));
    const finished = storage.db.connection().execute(async (connection) => {
      await sql`begin isolation level repeatable read read only`.execute(connection);
      opened(connection);
      await released;
      await sql`rollback`.execute(connection);
    });
    const db = await Promise.race([held, finished.then(() => Promise.reject(new Error('The snapshot ended')))]);
    return {
      db,
      close: async () => {
        release();
        await finished;
      },
    };
  }
  // No second connection can see a database in memory: its pages are read as they stand.
  if (isInMemory(storage)) return { db: storage.db, close: async () => {} };
  const reader = openSqliteReader(storage.url, sqlitePath(storage.url));
  // The snapshot is taken at the transaction's first read.
  await sql`begin`.execute(reader.db);
  await sql`select 1 from sqlite_master limit 1`.execute(reader.db);
  return { db: reader.db, close: () => reader.close() };
}

/** A SQLite database in memory, which only its one connection can see. */
export const isInMemory = (storage: Storage) => storage.kind === 'sqlite' && sqlitePath(storage.url) === ':memory:';

/** The schema's migrations on `db`; the tests also step through them one at a time. */
export const migrator = (db: Db) => new Migrator({ db, provider: migrationProvider });

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
