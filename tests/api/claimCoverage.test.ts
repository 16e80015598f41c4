import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrator } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, databaseSnapshot } from '../support/records.js';
import { migrationDatabase } from '../support/migrationDatabase.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("a claim's coverage", () => {
  it('is not known (null) unless given, and is stored as given', async () => {
    expect((await createClaim(t.app)).coverage).toBeNull();
    const part = await createClaim(t.app, { scope: 'one unit: 528th Engineer Regiment', coverage: 'part' });
    expect(part.coverage).toBe('part');
    const read = await request(t.app).get(`/api/claims/${part.id}`).expect(200);
    expect(read.body).toMatchObject({ scope: 'one unit: 528th Engineer Regiment', coverage: 'part' });
  });

  it('takes a blank as not known, as a blank text field is', async () => {
    expect((await createClaim(t.app, { coverage: '' })).coverage).toBeNull();
  });

  it('changes with a patch, and each change is in the history', async () => {
    const claim = await createClaim(t.app);
    const whole = await request(t.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: 1, coverage: 'whole' })
      .expect(200);
    expect(whole.body).toMatchObject({ version: 2, coverage: 'whole' });
    const cleared = await request(t.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: 2, coverage: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ version: 3, coverage: null });

    const history = (await request(t.app).get(`/api/claims/${claim.id}/history`).expect(200)).body.items;
    expect(history.map((r: { snapshot: { coverage: string | null } }) => r.snapshot.coverage)).toEqual([
      null,
      'whole',
      null,
    ]);
    expect(history.at(-1).snapshot).toEqual(cleared.body);
  });

  it.each([
    ['a word it does not know', 'most'],
    ['another type', true],
  ])('refuses %s with a 400 naming coverage, and changes nothing', async (_, coverage) => {
    const claim = await createClaim(t.app, { coverage: 'part' });
    const before = await databaseSnapshot(t.app);
    const created = await request(t.app)
      .post('/api/claims')
      .send({ metricId: claim.metricId, sourceId: claim.sourceId, value: { kind: 'exact', value: 9 }, coverage });
    expectProblem(created, 400, 'coverage');
    const patched = await request(t.app).patch(`/api/claims/${claim.id}`).send({ version: 1, coverage });
    expectProblem(patched, 400, 'coverage');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('the migration that adds coverage', () => {
  const database = migrationDatabase('coverage');

  it('leaves the claims already there not known, and goes back down keeping them', async () => {
    expect((await migrator(database.db()).migrateTo('20261203T0200-claims-by-metric')).error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    const meta = { version: 1, created_at: at, updated_at: at, deleted_at: null };
    await database
      .db()
      .insertInto('sources')
      .values({ ...meta, name: 'S', name_key: 's', kind: 'other', reliability: 'F' })
      .execute();
    await database
      .db()
      .insertInto('metrics')
      .values({ ...meta, name: 'M', name_key: 'm', unit: 'soldiers' })
      .execute();
    const claim = { ...meta, metric_id: 1, source_id: 1, value_kind: 'exact', value: 9, credibility: 6 };
    await database.db().insertInto('claims').values(claim).execute();

    expect((await migrator(database.db()).migrateToLatest()).error).toBeUndefined();
    expect(await database.db().selectFrom('claims').select('coverage').execute()).toEqual([{ coverage: null }]);
    await database.db().updateTable('claims').set({ coverage: 'part' }).execute();

    expect((await migrator(database.db()).migrateTo('20261203T0200-claims-by-metric')).error).toBeUndefined();
    expect(await database.columns('claims')).not.toContain('coverage');
    expect(await database.db().selectFrom('claims').select(['id', 'value']).execute()).toEqual([{ id: 1, value: 9 }]);
  });
});
