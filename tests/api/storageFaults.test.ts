import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sqliteHandle } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

const logged: string[] = [];
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  const lines = new Writable({
    write(chunk, _encoding, done) {
      logged.push(String(chunk));
      done();
    },
  });
  t = await createTestApp({ logger: pino({ level: 'error' }, lines) });
});
afterAll(() => t.close());

/**
 * The server's own SQLite connection, which a fault must strike to be seen. Taken outside a
 * transaction: a read-only connection cannot begin one, and the fault could not be lifted.
 */
const serverConnection = () => t.storage.db.transaction().execute(async (tx) => sqliteHandle(tx)!);
let readOnlyConnection: Awaited<ReturnType<typeof serverConnection>> | undefined;

/** PostgreSQL settings apply to new sessions: the app's are ended, and its pool opens new ones. */
async function onNewPostgresSessions(sql: string) {
  const admin = new pg.Client({ connectionString: t.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`set default_transaction_read_only = off`);
    await admin.query(sql);
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
  } finally {
    await admin.end();
  }
}

interface Fault {
  name: string;
  cause: RegExp;
  logged: RegExp;
  strike(): Promise<void>;
  lift(): Promise<void>;
}

function faultsFor(kind: 'sqlite' | 'postgres'): Fault[] {
  if (kind === 'postgres') {
    return [
      {
        name: 'a read-only database',
        cause: /read-only/,
        logged: /read-only transaction/,
        strike: () => onNewPostgresSessions(`alter database "${dbName()}" set default_transaction_read_only = on`),
        lift: () => onNewPostgresSessions(`alter database "${dbName()}" reset default_transaction_read_only`),
      },
    ];
  }
  return [
    {
      name: 'a full disk',
      cause: /disk is full/,
      logged: /SQLITE_FULL/,
      // The file may grow no further than it is: the next write that needs a page finds the disk full.
      strike: async () => {
        const sqlite = await serverConnection();
        sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
      },
      lift: async () => void (await serverConnection()).pragma('max_page_count = 4294967294'),
    },
    {
      name: 'a read-only database',
      cause: /read-only/,
      logged: /SQLITE_READONLY|readonly/,
      strike: async () => {
        readOnlyConnection = await serverConnection();
        readOnlyConnection.pragma('query_only = on');
      },
      lift: async () => void readOnlyConnection!.pragma('query_only = off'),
    },
  ];
}
const dbName = () => new URL(t.databaseUrl).pathname.slice(1);

// A full disk cannot be staged on a PostgreSQL server shared by the other tests.
describe.each(faultsFor(inject('postgresUrl') ? 'postgres' : 'sqlite'))('a write that meets $name', (fault) => {
  it('answers 503 naming the cause, logs the real error, and stores nothing', async () => {
    const metric = await createMetric(t.app);
    const source = await createSource(t.app);
    const before = (await request(t.app).get(`/api/claims?metricId=${metric.id}`).expect(200)).body.items;
    logged.length = 0;
    await fault.strike();
    try {
      // Enough claims that a full disk is reached whatever room the last page had left.
      const batch = {
        items: Array.from({ length: 200 }, () => ({
          claim: {
            metricId: metric.id,
            sourceId: source.id,
            value: { kind: 'exact', value: 1 },
            quote: 'x'.repeat(2000),
          },
        })),
      };
      const res = await request(t.app).post('/api/claims/batch').send(batch);
      expectProblem(res, 503);
      expect(res.body.detail).toMatch(fault.cause);
      expect(res.headers['retry-after']).toMatch(/^\d+$/);
      expect(logged.join('\n')).toMatch(fault.logged);
      expect(logged.join('\n')).not.toMatch(/no transaction is active/);
    } finally {
      await fault.lift();
    }
    const after = (await request(t.app).get(`/api/claims?metricId=${metric.id}`).expect(200)).body.items;
    expect(after).toEqual(before);
  });
});
