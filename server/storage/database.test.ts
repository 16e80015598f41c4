import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, sqliteHandle } from './database.js';
import { startWalCheckpointer } from './walCheckpointer.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-storage-'));
const storage = await openStorage(join(dir, 'test.db'));
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the raw SQLite connection', () => {
  it('is given to a transaction, whose connection it is', async () => {
    const inside = await storage.db.transaction().execute(async (tx) => {
      const raw = sqliteHandle(tx)!;
      raw.prepare('create table t (n integer)').run();
      raw.prepare('insert into t values (1)').run();
      return raw.inTransaction;
    });
    expect(inside).toBe(true);
    const { rows } = await sql<{ n: number }>`select n from t`.execute(storage.db);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('is refused outside one, where its statements would slip past Kysely’s lock', () => {
    expect(() => sqliteHandle(storage.db)).toThrow(/only for use inside a transaction/);
  });
});

describe('a transaction on SQLite', () => {
  it('holds the write lock from its start, so a writer elsewhere waits for it', async () => {
    await sql`create table locks (n integer)`.execute(storage.db);
    const other = new SQLite(join(dir, 'test.db'));
    other.pragma('busy_timeout = 0');
    try {
      await storage.db.transaction().execute(async (tx) => {
        // Only a read so far: a transaction begun as a reader would not yet hold the lock.
        await sql`select count(*) from locks`.execute(tx);
        expect(() => other.prepare('insert into locks values (1)').run()).toThrow(/locked|busy/i);
      });
      other.prepare('insert into locks values (1)').run();
    } finally {
      other.close();
    }
  });

  it('reports why it failed when SQLite has already rolled it back, as it does for a full disk', async () => {
    const failure = storage.db.transaction().execute(async (tx) => {
      // What SQLite does by itself when a write meets a full disk or an I/O error.
      sqliteHandle(tx)!.exec('rollback');
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    });
    await expect(failure).rejects.toMatchObject({ code: 'SQLITE_FULL' });
    // The connection is free for the next transaction.
    await storage.db.transaction().execute(async (tx) => void (await sql`select 1`.execute(tx)));
  });
});

describe('the write-ahead log', () => {
  it('is copied into the database file by a checkpointer thread, without another write', async () => {
    const path = join(dir, 'test.db');
    await sql`create table notes (text text)`.execute(storage.db);
    const sizeBefore = statSync(path).size;
    await storage.db.transaction().execute(async (tx) => {
      const insert = sqliteHandle(tx)!.prepare('insert into notes values (?)');
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    });
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(400_000);
    const deadline = Date.now() + 5000;
    while (statSync(path).size < sizeBefore + 400_000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(statSync(path).size).toBeGreaterThan(sizeBefore + 400_000);
  });
});

describe('closing a SQLite database', () => {
  it('waits for the checkpointer thread, even when nothing else keeps the process alive', () => {
    const script = `
      const { openStorage } = await import(${JSON.stringify(new URL('./database.ts', import.meta.url).href)});
      const storage = await openStorage(${JSON.stringify(join(dir, 'closing.db'))});
      await storage.close();
      console.log('closed');`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(output.trim()).toBe('closed');
    // The last connection to close took what was left of the log into the file.
    expect(existsSync(join(dir, 'closing.db-wal'))).toBe(false);
  });
});

describe('the checkpointer thread', () => {
  it('starts the log over under steady writes, rather than letting it grow', async () => {
    const path = join(dir, 'steady.db');
    const steady = await openStorage(path);
    try {
      await sql`create table notes (text text)`.execute(steady.db);
      const started = Date.now();
      let sizeAfterASecond = 0;
      while (Date.now() - started < 3500) {
        await steady.db.transaction().execute(async (tx) => {
          const insert = sqliteHandle(tx)!.prepare('insert into notes values (?)');
          for (let i = 0; i < 20; i++) insert.run('x'.repeat(1000));
        });
        if (!sizeAfterASecond && Date.now() - started > 1200) sizeAfterASecond = statSync(`${path}-wal`).size;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      // Grown without end, the log would be about three times as large by now.
      expect(statSync(`${path}-wal`).size).toBeLessThan(sizeAfterASecond * 2);
    } finally {
      await steady.close();
    }
  });

  it('fails without taking the process with it, and closes as often as asked', async () => {
    const checkpointer = startWalCheckpointer(join(dir, 'no such folder', 'x.db'), 10);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all([checkpointer.close(), checkpointer.close()]);
    const working = startWalCheckpointer(join(dir, 'test.db'), 10);
    await Promise.all([working.close(), working.close()]);
  });
});
