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
    // A Cyrillic К, С and А, and a zero-width joiner: each reads as the KCNA already there.
    ['KCNA Watch', '\u041a\u0421NA Watch'],
    ['Yonhap', 'Yon\u200dhap'],
    ['ＪＣＳ', 'JCS'],
  ])('takes %j and refuses %j as the same name', async (first, second) => {
    await createSource(t.app, { name: first });
    const before = await databaseSnapshot(t.app);
    expectProblem(await request(t.app).post('/api/sources').send({ name: second }), 409, 'name');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('names that hide characters', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a zero-width space', 'K\u200bCNA'],
    ['a right-to-left override', 'KC\u202eAN'],
    ['a directional isolate', '\u2067KCNA\u2069'],
    ['a byte-order mark', 'KC\ufeffNA'],
  ])('refuses %s in a name, and changes nothing', async (_what, name) => {
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app).post('/api/sources').send({ name });
    expectProblem(res, 400, 'name');
    expect(res.body.errors[0].message).toMatch(/invisible or direction-changing/);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses them in a short name and in a metric name too', async () => {
    expectProblem(
      await request(t.app).post('/api/sources').send({ name: 'Clean', shortName: 'K\u200bC' }),
      400,
      'shortName',
    );
    expectProblem(
      await request(t.app).post('/api/metrics').send({ name: 'Killed\u202e', unit: 'soldiers' }),
      400,
      'name',
    );
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

describe('the migration to look-alike name keys', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-lookalikes-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let storage: Storage;
  beforeAll(async () => {
    database = await freshDatabase(join(dir, 'lookalikes.db'));
    storage = await openStorage(database.url);
  });
  afterAll(async () => {
    await storage.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const keys = async () =>
    (await storage.db.selectFrom('sources').select('name_key').orderBy('id').execute()).map((row) => row.name_key);

  it('keys look-alikes as the names they imitate, keeps both of a pair that only now collide, and goes back down', async () => {
    const before = '20261203T0000-source-claim-counts';
    expect((await migrator(storage.db).migrateTo(before)).error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    const names = ['KCNA', '\u041a\u0421NA', 'Yon\u200bhap'];
    await storage.db
      .insertInto('sources')
      .values(
        names.map((name) => ({
          name,
          name_key: name.normalize('NFKC').toUpperCase().toLowerCase(),
          kind: 'other',
          reliability: 'F',
          version: 1,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        })),
      )
      .execute();

    expect((await migrator(storage.db).migrateTo('20261203T0100-lookalike-name-keys')).error).toBeUndefined();
    expect(await keys()).toEqual(['kcna', '\u043a\u0441na', 'yonhap']);

    expect((await migrator(storage.db).migrateTo(before)).error).toBeUndefined();
    expect(await keys()).toEqual(names.map((name) => name.normalize('NFKC').toUpperCase().toLowerCase()));
  });
});
