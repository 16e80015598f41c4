import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStorage, type Storage } from '../../server/storage/database.js';
import { freshDatabase } from './testApp.js';

/**
 * A database of its own for a describe block that migrates it up and down by hand: opened, not
 * migrated, before its tests, and dropped after them. `columns` lists a table's columns as they stand.
 */
export function migrationDatabase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `triangulate-${name}-`));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let storage: Storage;
  beforeAll(async () => {
    database = await freshDatabase(join(dir, `${name}.db`));
    storage = await openStorage(database.url);
  });
  afterAll(async () => {
    await storage.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    db: () => storage.db,
    columns: async (table: string) =>
      (await storage.db.introspection.getTables()).find((t) => t.name === table)!.columns.map((c) => c.name),
  };
}
