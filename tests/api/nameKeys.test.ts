import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrator, openStorage, type Storage } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp, freshDatabase } from '../support/testApp.js';

describe('source and metric names that differ only in how Unicode writes them', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['Straße Agency', 'STRASSE AGENCY'],
    ['ΟΔΟΣ Press', 'οδοσ press'],
    ['Caf\u00e9 News', 'Cafe\u0301 News'],
    ['ﬁnancial Times', 'financial times'],
  ])('takes %j and refuses %j as the same name', async (first, second) => {
    await createSource(t.app, { name: first });
    const before = await databaseSnapshot(t.app);
    expectProblem(await request(t.app).post('/api/sources').send({ name: second }), 409, 'name');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('the migration to folded name keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-keys-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let storage: Storage;
  beforeAll(async () => {
    database = await freshDatabase(join(dir, 'keys.db'));
    storage = await openStorage(database.url);
  });
  afterAll(async () => {
    await storage.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const keys = async () =>
    (await storage.db.selectFrom('sources').select(['name', 'name_key']).orderBy('id').execute()).map(
      (row) => row.name_key,
    );

  it('folds the keys, keeps apart names that only now collide, and goes back down', async () => {
    const { error } = await migrator(storage.db).migrateTo('20261126T0100-users');
    expect(error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    const names = ['Straße Agency', 'strasse agency', 'Caf\u00e9', 'Cafe\u0301', '\ufb01nance', 'Cafe\u0301 Two'];
    await storage.db
      .insertInto('sources')
      .values(
        names.map((name) => ({
          name,
          name_key: name.toLowerCase(),
          kind: 'other',
          reliability: 'F',
          version: 1,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        })),
      )
      .execute();

    expect((await migrator(storage.db).migrateTo('20261127T0000-folded-name-keys')).error).toBeUndefined();
    // A name takes its folded key unless a record already holds it; then it keeps the key it had.
    expect(await keys()).toEqual([
      'straße agency',
      'strasse agency',
      'caf\u00e9',
      'cafe\u0301',
      'finance',
      'caf\u00e9 two',
    ]);

    expect((await migrator(storage.db).migrateTo('20261126T0100-users')).error).toBeUndefined();
    expect(await keys()).toEqual(names.map((name) => name.toLowerCase()));
  });
});
