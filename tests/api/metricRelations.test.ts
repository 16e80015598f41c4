import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrator } from '../../server/storage/database.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createMetric, databaseSnapshot } from '../support/records.js';
import { migrationDatabase } from '../support/migrationDatabase.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const patch = (id: number, body: object) => request(t.app).patch(`/api/metrics/${id}`).send(body);

describe("a metric's tolerance", () => {
  it('is the default (null) unless given, is stored as given, and each change is in the history', async () => {
    const metric = await createMetric(t.app);
    expect(metric.tolerance).toBeNull();
    const tight = await patch(metric.id, { version: 1, tolerance: 0.05 }).expect(200);
    expect(tight.body).toMatchObject({ version: 2, tolerance: 0.05 });
    const cleared = await patch(metric.id, { version: 2, tolerance: null }).expect(200);
    expect((await request(t.app).get(`/api/metrics/${metric.id}`).expect(200)).body.tolerance).toBeNull();
    const history = (await request(t.app).get(`/api/metrics/${metric.id}/history`).expect(200)).body.items;
    expect(history.map((r: { snapshot: { tolerance: number | null } }) => r.snapshot.tolerance)).toEqual([
      null,
      0.05,
      null,
    ]);
    expect(history.at(-1).snapshot).toEqual(cleared.body);
    expect((await createMetric(t.app, { tolerance: 0 })).tolerance).toBe(0);
  });

  it.each([
    ['more than half', 0.6],
    ['below zero', -0.1],
    ['a percentage instead of a share', 10],
    ['text', '10%'],
  ])('refuses %s with a 400 naming tolerance, and changes nothing', async (_, tolerance) => {
    const metric = await createMetric(t.app, { tolerance: 0.2 });
    const before = await databaseSnapshot(t.app);
    expectProblem(
      await request(t.app).post('/api/metrics').send({ name: 'T', unit: 'x', tolerance }),
      400,
      'tolerance',
    );
    const refused = await patch(metric.id, { version: 1, tolerance });
    expectProblem(refused, 400, 'tolerance');
    expect(refused.body.errors[0].message).toMatch(/from 0 to 0.5/);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('is the one the comparison measures with, and says so', async () => {
    const metric = await createMetric(t.app);
    await createClaim(t.app, {
      metricId: metric.id,
      value: { kind: 'approximate', value: 1000 },
      statedOn: '2025-01-01',
    });
    await createClaim(t.app, {
      metricId: metric.id,
      value: { kind: 'approximate', value: 1300 },
      statedOn: '2025-01-02',
    });
    const loose = await request(t.app).get(`/api/metrics/${metric.id}/comparison`).expect(200);
    expect(loose.body).toMatchObject({ tolerance: 0.1, disjoint: true });
    await patch(metric.id, { version: 1, tolerance: 0.2 }).expect(200);
    const wide = await request(t.app).get(`/api/metrics/${metric.id}/comparison`).expect(200);
    expect(wide.body).toMatchObject({ tolerance: 0.2, disjoint: false });
    const row = (
      await request(t.app)
        .get(`/api/divergence?q=${encodeURIComponent(metric.name)}`)
        .expect(200)
    ).body.items[0];
    expect(row).toMatchObject({ disjoint: false });
  });
});

describe('a metric that is part of another', () => {
  it('names its whole, which can change and be cleared, each change in the history', async () => {
    const casualties = await createMetric(t.app);
    const killed = await createMetric(t.app, { partOfMetricId: casualties.id });
    expect(killed.partOfMetricId).toBe(casualties.id);
    expect((await createMetric(t.app)).partOfMetricId).toBeNull();
    const other = await createMetric(t.app);
    await patch(killed.id, { version: 1, partOfMetricId: other.id }).expect(200);
    const cleared = await patch(killed.id, { version: 2, partOfMetricId: null }).expect(200);
    const history = (await request(t.app).get(`/api/metrics/${killed.id}/history`).expect(200)).body.items;
    expect(history.map((r: { snapshot: { partOfMetricId: number | null } }) => r.snapshot.partOfMetricId)).toEqual([
      casualties.id,
      other.id,
      null,
    ]);
    expect(history.at(-1).snapshot).toEqual(cleared.body);
  });

  it('refuses itself, an unknown or deleted metric and a loop, each with a 400 naming partOfMetricId, changing nothing', async () => {
    const whole = await createMetric(t.app);
    const part = await createMetric(t.app, { partOfMetricId: whole.id });
    const deleted = await createMetric(t.app);
    await request(t.app).delete(`/api/metrics/${deleted.id}`).expect(200);
    const before = await databaseSnapshot(t.app);

    const refusals = [
      [await patch(part.id, { version: 1, partOfMetricId: part.id }), /cannot be part of itself/],
      [await patch(part.id, { version: 1, partOfMetricId: 999_999 }), /No metric with id 999999/],
      [await patch(part.id, { version: 1, partOfMetricId: deleted.id }), /is deleted: restore it first/],
      [await patch(whole.id, { version: 1, partOfMetricId: part.id }), /is itself part of this metric/],
      [await request(t.app).post('/api/metrics').send({ name: 'N', unit: 'x', partOfMetricId: deleted.id }), /deleted/],
      [await request(t.app).post('/api/metrics').send({ name: 'N', unit: 'x', partOfMetricId: 'casualties' }), /./],
    ] as const;
    for (const [res, message] of refusals) {
      expectProblem(res, 400, 'partOfMetricId');
      expect(res.body.errors[0].message).toMatch(message);
    }
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses a loop through a metric between, too', async () => {
    const a = await createMetric(t.app);
    const b = await createMetric(t.app, { partOfMetricId: a.id });
    const c = await createMetric(t.app, { partOfMetricId: b.id });
    expectProblem(await patch(a.id, { version: 1, partOfMetricId: c.id }), 400, 'partOfMetricId');
  });

  it('keeps its whole from being deleted, naming the parts to unlink, until it is unlinked', async () => {
    const whole = await createMetric(t.app);
    const part = await createMetric(t.app, { partOfMetricId: whole.id });
    const before = await databaseSnapshot(t.app);
    const refused = await request(t.app).delete(`/api/metrics/${whole.id}`);
    expectProblem(refused, 409, 'id');
    expect(refused.body.detail).toBe(`"${part.name}" is part of this metric: unlink it first`);
    expect(await databaseSnapshot(t.app)).toEqual(before);

    await patch(part.id, { version: 1, partOfMetricId: null }).expect(200);
    await request(t.app).delete(`/api/metrics/${whole.id}`).expect(200);
  });

  it('cannot be restored while its whole is deleted, which must come back first', async () => {
    const whole = await createMetric(t.app);
    const part = await createMetric(t.app, { partOfMetricId: whole.id });
    await request(t.app).delete(`/api/metrics/${part.id}`).expect(200);
    await request(t.app).delete(`/api/metrics/${whole.id}`).expect(200);
    expectProblem(await request(t.app).post(`/api/metrics/${part.id}/restore`), 400, 'partOfMetricId');
    await request(t.app).post(`/api/metrics/${whole.id}/restore`).expect(200);
    await request(t.app).post(`/api/metrics/${part.id}/restore`).expect(200);
  });
});

describe('the migration that adds tolerance and partOfMetricId', () => {
  const database = migrationDatabase('metric-parts');

  it('leaves the metrics already there at the default and standing alone, and goes back down keeping them', async () => {
    expect((await migrator(database.db()).migrateTo('20261204T0100-claim-coverage')).error).toBeUndefined();
    const at = '2025-01-01T00:00:00.000Z';
    const meta = { version: 1, created_at: at, updated_at: at, deleted_at: null };
    await database
      .db()
      .insertInto('metrics')
      .values([
        { ...meta, name: 'Killed', name_key: 'killed', unit: 'soldiers' },
        { ...meta, name: 'Casualties', name_key: 'casualties', unit: 'soldiers' },
      ])
      .execute();

    expect((await migrator(database.db()).migrateToLatest()).error).toBeUndefined();
    expect(
      await database
        .db()
        .selectFrom('metrics')
        .select(['name', 'tolerance', 'part_of_metric_id'])
        .orderBy('id')
        .execute(),
    ).toEqual([
      { name: 'Killed', tolerance: null, part_of_metric_id: null },
      { name: 'Casualties', tolerance: null, part_of_metric_id: null },
    ]);
    await database
      .db()
      .updateTable('metrics')
      .set({ tolerance: 0.05, part_of_metric_id: 2 })
      .where('id', '=', 1)
      .execute();
    expect(
      (await database.db().selectFrom('metrics').select('tolerance').where('id', '=', 1).executeTakeFirst())?.tolerance,
    ).toBe(0.05);

    expect((await migrator(database.db()).migrateTo('20261204T0100-claim-coverage')).error).toBeUndefined();
    expect(await database.columns('metrics')).not.toContain('tolerance');
    expect(await database.columns('metrics')).not.toContain('part_of_metric_id');
    expect(await database.db().selectFrom('metrics').select(['id', 'name']).orderBy('id').execute()).toEqual([
      { id: 1, name: 'Killed' },
      { id: 2, name: 'Casualties' },
    ]);
  });
});
