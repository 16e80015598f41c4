import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { csvHeader } from '../../shared/dataset/csvColumns.js';
import { migrator } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { createSource, databaseSnapshot, uniqueName } from '../support/records.js';
import { migrationDatabase } from '../support/migrationDatabase.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const historyOf = async (id: number) =>
  (await request(t.app).get(`/api/sources/${id}/history`).expect(200)).body.items as { snapshot: { party: boolean } }[];

describe('whether a source is a party to the conflict', () => {
  it('is false unless given, and is stored as given', async () => {
    expect((await createSource(t.app)).party).toBe(false);
    const kcna = await createSource(t.app, { kind: 'state_media', party: true });
    expect(kcna.party).toBe(true);
    expect((await request(t.app).get(`/api/sources/${kcna.id}`).expect(200)).body).toMatchObject({ party: true });
    const listed = (await request(t.app).get('/api/sources').expect(200)).body.items;
    expect(listed.find((s: { id: number }) => s.id === kcna.id)).toMatchObject({ party: true });
  });

  it('changes with a patch, a patch without it leaves it alone, and each change is in the history', async () => {
    const source = await createSource(t.app);
    const party = await request(t.app).patch(`/api/sources/${source.id}`).send({ version: 1, party: true }).expect(200);
    expect(party.body).toMatchObject({ version: 2, party: true });
    const noted = await request(t.app).patch(`/api/sources/${source.id}`).send({ version: 2, notes: 'x' }).expect(200);
    expect(noted.body).toMatchObject({ version: 3, party: true });
    const third = await request(t.app)
      .patch(`/api/sources/${source.id}`)
      .send({ version: 3, party: false })
      .expect(200);
    expect(third.body).toMatchObject({ version: 4, party: false });

    const history = await historyOf(source.id);
    expect(history.map((r) => r.snapshot.party)).toEqual([false, true, true, false]);
    expect(history.at(-1)!.snapshot).toEqual(third.body);
  });

  it.each([
    ['text', 'true'],
    ['a number', 1],
    ['null', null],
  ])('refuses %s with a 400 naming party, and changes nothing', async (_, party) => {
    const source = await createSource(t.app, { party: true });
    const before = await databaseSnapshot(t.app);
    const created = await request(t.app)
      .post('/api/sources')
      .send({ name: uniqueName('S'), party });
    expectProblem(created, 400, 'party');
    expect(created.body.errors).toEqual([expect.objectContaining({ path: 'party', message: 'Must be true or false' })]);
    const patched = await request(t.app).patch(`/api/sources/${source.id}`).send({ version: 1, party });
    expectProblem(patched, 400, 'party');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('importing whether a source is a party', () => {
  const csvOf = (rows: Partial<Record<(typeof csvHeader)[number], string>>[]) =>
    csvDocument(
      csvHeader,
      rows.map((row) => csvHeader.map((column) => row[column] ?? null)),
    );
  const row = (source: string, sourceParty: string) => ({
    source,
    sourceParty,
    metric: 'Troops sent',
    metricUnit: 'troops',
    valueKind: 'statement',
  });
  const sourceNamed = async (name: string) =>
    (await request(t.app).get('/api/sources').expect(200)).body.items.find((s: { name: string }) => s.name === name);

  it('reads a CSV cell of true or false in any case, and a blank as false', async () => {
    const [party, third, blank] = [uniqueName('Party'), uniqueName('Third'), uniqueName('Blank')];
    const csv = csvOf([row(party, 'TRUE'), row(third, 'false'), row(blank, '')]);
    await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    expect((await sourceNamed(party)).party).toBe(true);
    expect((await sourceNamed(third)).party).toBe(false);
    expect((await sourceNamed(blank)).party).toBe(false);
  });

  it('refuses a CSV cell that is neither, naming its line and column, and writes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const csv = csvOf([row(uniqueName('S'), 'true'), row(uniqueName('S'), 'yes')]);
    const res = await request(t.app).post('/api/import').set('Content-Type', 'text/csv').send(csv);
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ line: 3, field: 'sourceParty', message: 'Must be true or false, or blank for false' }),
    ]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('reads a JSON file’s party, false when left out, and writes it into the history the import gives', async () => {
    const [party, unsaid] = [uniqueName('Party'), uniqueName('Unsaid')];
    const file = {
      format: 'triangulate-dataset',
      version: 1,
      sources: [
        { id: 1, name: party, party: true },
        { id: 2, name: unsaid },
      ],
      metrics: [],
      claims: [],
    };
    await request(t.app).post('/api/import').send(file).expect(201);
    const imported = await sourceNamed(party);
    expect(imported.party).toBe(true);
    expect((await sourceNamed(unsaid)).party).toBe(false);
    const { claimCount: _count, ...stored } = imported;
    expect((await historyOf(imported.id)).map((r) => r.snapshot)).toEqual([stored]);
    const { claimCount: _unsaidCount, ...unsaidStored } = await sourceNamed(unsaid);
    expect((await historyOf(unsaidStored.id)).map((r) => r.snapshot)).toEqual([unsaidStored]);
  });

  it('refuses a JSON file whose party is not true or false, and writes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const file = {
      format: 'triangulate-dataset',
      version: 1,
      sources: [{ id: 1, name: uniqueName('S'), party: 'yes' }],
      metrics: [],
      claims: [],
    };
    const res = await request(t.app).post('/api/import').send(file);
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'sources.0.party' })]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('the migration that adds party', () => {
  const database = migrationDatabase('source-party');

  it('makes the sources already there third parties, and goes back down keeping them', async () => {
    expect((await migrator(database.db()).migrateTo('20261204T0400-claims-analysed')).error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    await database
      .db()
      .insertInto('sources')
      .values({
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        name: 'S',
        name_key: 's',
        kind: 'other',
        reliability: 'F',
      })
      .execute();

    expect((await migrator(database.db()).migrateToLatest()).error).toBeUndefined();
    expect(await database.db().selectFrom('sources').select('party').execute()).toEqual([{ party: 0 }]);
    await database.db().updateTable('sources').set({ party: 1 }).execute();
    // Only 0 and 1 are stored, whichever way a row is written.
    await expect(database.db().updateTable('sources').set({ party: 2 }).execute()).rejects.toThrow();

    expect((await migrator(database.db()).migrateTo('20261204T0400-claims-analysed')).error).toBeUndefined();
    expect(await database.columns('sources')).not.toContain('party');
    expect(await database.db().selectFrom('sources').select(['id', 'name']).execute()).toEqual([{ id: 1, name: 'S' }]);
  });
});
