import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, sqliteHandle } from './database.js';

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
