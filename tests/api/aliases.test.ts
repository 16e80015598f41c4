import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrator } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { claimsCsv, createMetric, createSource, databaseSnapshot, uniqueName } from '../support/records.js';
import { migrationDatabase } from '../support/migrationDatabase.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const historyOf = async (id: number) =>
  (await request(t.app).get(`/api/sources/${id}/history`).expect(200)).body.items as {
    snapshot: { aliases: string[] };
  }[];

describe('aliases of a source', () => {
  it('are none unless given, are stored as given, and each change is in the history', async () => {
    expect((await createSource(t.app)).aliases).toEqual([]);
    const nis = await createSource(t.app, { name: uniqueName('National Intelligence Service'), aliases: ['NIS 1'] });
    expect((await request(t.app).get(`/api/sources/${nis.id}`).expect(200)).body.aliases).toEqual(['NIS 1']);
    const listed = (await request(t.app).get('/api/sources').expect(200)).body.items;
    expect(listed.find((s: { id: number }) => s.id === nis.id).aliases).toEqual(['NIS 1']);

    const more = await request(t.app)
      .patch(`/api/sources/${nis.id}`)
      .send({ version: 1, aliases: ['NIS 1', 'Korean spy agency'] })
      .expect(200);
    const untouched = await request(t.app).patch(`/api/sources/${nis.id}`).send({ version: 2, notes: 'x' }).expect(200);
    expect(untouched.body.aliases).toEqual(['NIS 1', 'Korean spy agency']);
    expect((await historyOf(nis.id)).map((r) => r.snapshot.aliases)).toEqual([
      ['NIS 1'],
      ['NIS 1', 'Korean spy agency'],
      ['NIS 1', 'Korean spy agency'],
    ]);
    expect(more.body.version).toBe(2);
  });

  it('frees an alias taken off one source for another', async () => {
    const alias = uniqueName('Freed');
    const first = await createSource(t.app, { aliases: [alias] });
    await request(t.app).patch(`/api/sources/${first.id}`).send({ version: 1, aliases: [] }).expect(200);
    expect((await createSource(t.app, { aliases: [alias] })).aliases).toEqual([alias]);
  });

  it.each([
    ['the same name', (name: string) => name],
    ['another case', (name: string) => name.toUpperCase()],
    ['a Cyrillic look-alike', (name: string) => name.replace('K', '\u041a')],
  ])(
    'refuses an alias that is another source’s name, written in %s, at its place, changing nothing',
    async (_, spell) => {
      const taken = await createSource(t.app, { name: uniqueName('KCNA') });
      const other = await createSource(t.app);
      const before = await databaseSnapshot(t.app);
      const created = await request(t.app)
        .post('/api/sources')
        .send({ name: uniqueName('S'), aliases: ['fine', spell(taken.name)] });
      expectProblem(created, 409, 'aliases.1');
      expect(created.body.errors[0].message).toBe(`A source named "${spell(taken.name)}" already exists`);
      const patched = await request(t.app)
        .patch(`/api/sources/${other.id}`)
        .send({ version: 1, aliases: [spell(taken.name)] });
      expectProblem(patched, 409, 'aliases.0');
      expect(await databaseSnapshot(t.app)).toEqual(before);
    },
  );

  it('refuses a name or an alias that is already another source’s alias, saying whose', async () => {
    const alias = uniqueName('NIS');
    const holder = await createSource(t.app, { aliases: [alias] });
    const before = await databaseSnapshot(t.app);
    const named = await request(t.app).post('/api/sources').send({ name: alias.toLowerCase() });
    expectProblem(named, 409, 'name');
    expect(named.body.errors[0].message).toBe(
      `"${alias.toLowerCase()}" is already another name of the source "${holder.name}"`,
    );
    const aliased = await request(t.app)
      .post('/api/sources')
      .send({ name: uniqueName('S'), aliases: [`${alias.slice(0, 2)}\u200b${alias.slice(2)}`] });
    // A zero-width space is refused as it is typed, before any look-up.
    expectProblem(aliased, 400, 'aliases.0');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it.each([
    ['its own name', (name: string) => ['x', name.toLowerCase()], 'aliases.1', "is this source's name already"],
    ['twice', () => ['Twice', 'TWICE'], 'aliases.1', 'is listed twice'],
  ])('refuses an alias that repeats %s, changing nothing', async (_, aliasesOf, path, said) => {
    const name = uniqueName('Self');
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)
      .post('/api/sources')
      .send({ name, aliases: aliasesOf(name) });
    expectProblem(res, 400, path);
    expect(res.body.errors[0].message).toContain(said);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it.each([
    ['not a list', 'NIS'],
    ['a blank name', ['']],
    ['a name not text', [3]],
  ])('refuses aliases that are %s, with a 400 naming the field', async (_, aliases) => {
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)
      .post('/api/sources')
      .send({ name: uniqueName('S'), aliases });
    expectProblem(res, 400);
    expect(res.body.errors[0].path).toMatch(/^aliases/);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('keeps metrics’ aliases apart from sources’: a metric may share a source’s alias', async () => {
    const alias = uniqueName('Casualties');
    await createSource(t.app, { aliases: [alias] });
    const metric = await createMetric(t.app, { aliases: [alias] });
    expect(metric.aliases).toEqual([alias]);
    const clash = await request(t.app).post('/api/metrics').send({ name: alias, unit: 'people' });
    expectProblem(clash, 409, 'name');
  });
});

describe('importing by alias', () => {
  it('puts a CSV row that names a source or metric by an alias, in any case, under that record', async () => {
    const nis = await createSource(t.app, { name: uniqueName('National Intelligence Service'), aliases: ['NIS-A'] });
    const killed = await createMetric(t.app, { name: uniqueName('Killed'), aliases: ['Deaths A'] });
    const before = await databaseSnapshot(t.app);
    const csv = claimsCsv([
      { source: 'nis-a', metric: 'DEATHS A', valueKind: 'exact', value: '300', statedOn: '2025-01-13' },
      { source: nis.name, metric: killed.name, valueKind: 'exact', value: '600', statedOn: '2025-09-04' },
    ]);
    const res = await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(res.body.created).toEqual({ sources: 0, metrics: 0, claims: 2 });
    const claims = (await databaseSnapshot(t.app)).claims.items.slice(before.claims.items.length);
    expect(claims.map((c: { sourceId: number; metricId: number }) => [c.sourceId, c.metricId])).toEqual([
      [nis.id, killed.id],
      [nis.id, killed.id],
    ]);
  });

  it('reads a JSON file’s aliases, and a later CSV row naming one finds that source', async () => {
    const name = uniqueName('Joint Chiefs');
    const file = {
      format: 'triangulate-dataset',
      version: 1,
      sources: [{ id: 1, name, aliases: [`${name} JCS`] }],
      metrics: [],
      claims: [],
    };
    await request(t.app).post('/api/import').send(file).expect(201);
    const sources = (await request(t.app).get('/api/sources').expect(200)).body.items;
    const imported = sources.find((s: { name: string }) => s.name === name);
    expect(imported.aliases).toEqual([`${name} JCS`]);
    expect((await historyOf(imported.id)).map((r) => r.snapshot.aliases)).toEqual([[`${name} JCS`]]);
    const csv = claimsCsv([
      { source: `${name} jcs`, metric: uniqueName('M'), metricUnit: 'x', valueKind: 'statement' },
    ]);
    const res = await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect(res.body.created).toMatchObject({ sources: 0, claims: 1 });
  });

  it('refuses a JSON file whose source’s alias is an existing source’s name, and writes nothing', async () => {
    const existing = await createSource(t.app);
    const before = await databaseSnapshot(t.app);
    const file = {
      format: 'triangulate-dataset',
      version: 1,
      sources: [{ id: 1, name: uniqueName('New'), aliases: [existing.name] }],
      metrics: [],
      claims: [],
    };
    expectProblem(await request(t.app).post('/api/import').send(file), 409, 'name');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('the migration that adds aliases', () => {
  const database = migrationDatabase('name-aliases');

  it('gives the records already there no aliases and their names’ keys, and goes back down keeping them', async () => {
    expect((await migrator(database.db()).migrateTo('20261204T0500-source-party')).error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    const row = { version: 1, created_at: at, updated_at: at, deleted_at: null };
    await database
      .db()
      .insertInto('sources')
      .values({ ...row, name: 'NIS', name_key: 'nis', kind: 'other', reliability: 'F' })
      .execute();
    await database
      .db()
      .insertInto('metrics')
      .values({ ...row, name: 'Killed', name_key: 'killed', unit: 'soldiers' })
      .execute();

    expect((await migrator(database.db()).migrateToLatest()).error).toBeUndefined();
    expect(await database.db().selectFrom('sources').select('aliases').execute()).toEqual([{ aliases: '[]' }]);
    expect(await database.db().selectFrom('name_keys').selectAll().orderBy('entity_type').execute()).toEqual([
      { entity_type: 'metric', name_key: 'killed', record_id: 1 },
      { entity_type: 'source', name_key: 'nis', record_id: 1 },
    ]);

    expect((await migrator(database.db()).migrateTo('20261204T0500-source-party')).error).toBeUndefined();
    expect(await database.columns('sources')).not.toContain('aliases');
    expect(await database.db().selectFrom('sources').select(['id', 'name']).execute()).toEqual([
      { id: 1, name: 'NIS' },
    ]);
  });
});
