import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { createClaim, createMetric, createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kinds = [
  {
    base: '/api/claims',
    create: createClaim,
    first: { value: { kind: 'exact', value: 9 }, notes: 'first editor' },
    second: { value: { kind: 'exact', value: 6000 }, notes: 'second editor' },
  },
  { base: '/api/sources', create: createSource, first: { country: 'Russia' }, second: { country: 'Ukraine' } },
  { base: '/api/metrics', create: createMetric, first: { unit: 'troops' }, second: { unit: 'people' } },
] as const;

describe.each(kinds)('PATCH $base/:id on a stale version', ({ base, create, first, second }) => {
  it('answers 409 with the current record and writes nothing', async () => {
    const record = await create(t.app);
    const current = (
      await request(t.app)
        .patch(`${base}/${record.id}`)
        .send({ version: 1, ...first })
        .expect(200)
    ).body;
    const history = (await request(t.app).get(`${base}/${record.id}/history`).expect(200)).body;
    const before = await databaseSnapshot(t.app);

    const res = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: 1, ...second });
    expectProblem(res, 409, 'version');
    expect(res.body.current).toEqual(current);

    expect((await request(t.app).get(`${base}/${record.id}`).expect(200)).body).toEqual(current);
    expect((await request(t.app).get(`${base}/${record.id}/history`).expect(200)).body).toEqual(history);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses a version from the future too', async () => {
    const record = await create(t.app);
    const res = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: 5, ...second });
    expectProblem(res, 409, 'version');
    expect(res.body.current).toEqual(record);
  });

  it('lets the loser retry on the current version', async () => {
    const record = await create(t.app);
    await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: 1, ...first })
      .expect(200);
    const stale = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: 1, ...second });
    const retried = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: stale.body.current.version, ...second })
      .expect(200);
    expect(retried.body).toMatchObject({ ...second, version: 3 });
  });
});

describe.each(kinds)('DELETE and restore $base/:id with the version last seen', ({ base, create, first }) => {
  it('refuses a stale version with 409 and the current record, and writes nothing', async () => {
    const record = await create(t.app);
    const edited = (
      await request(t.app)
        .patch(`${base}/${record.id}`)
        .send({ version: 1, ...first })
        .expect(200)
    ).body;
    const before = await databaseSnapshot(t.app);
    const staleDelete = await request(t.app).delete(`${base}/${record.id}?version=1`);
    expectProblem(staleDelete, 409, 'version');
    expect(staleDelete.body.current).toEqual(edited);
    expect(await databaseSnapshot(t.app)).toEqual(before);

    const deleted = (await request(t.app).delete(`${base}/${record.id}?version=2`).expect(200)).body;
    expect(deleted).toMatchObject({ version: 3, deletedAt: expect.any(String) });
    const staleRestore = await request(t.app).post(`${base}/${record.id}/restore?version=2`);
    expectProblem(staleRestore, 409, 'version');
    expect(staleRestore.body.current).toEqual(deleted);
    await request(t.app).post(`${base}/${record.id}/restore?version=3`).expect(200);
    const { items } = (await request(t.app).get(`${base}/${record.id}/history`).expect(200)).body;
    expect(items.map((r: { action: string }) => r.action)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('still takes no version, and refuses one that is not a version', async () => {
    const record = await create(t.app);
    expectProblem(await request(t.app).delete(`${base}/${record.id}?version=two`), 400, 'version');
    expectProblem(await request(t.app).delete(`${base}/${record.id}?verison=1`), 400);
    await request(t.app).delete(`${base}/${record.id}`).expect(200);
    await request(t.app).post(`${base}/${record.id}/restore`).expect(200);
  });
});

describe('two editors at once', () => {
  it('lets exactly one of two concurrent PATCHes on the same version win', async () => {
    const claim = await createClaim(t.app);
    const results = await Promise.all(
      [1, 2].map((n) =>
        request(t.app)
          .patch(`/api/claims/${claim.id}`)
          .send({ version: 1, notes: `editor ${n}` }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!.body;
    expect((await request(t.app).get(`/api/claims/${claim.id}`).expect(200)).body).toEqual(winner);
    const { items } = (await request(t.app).get(`/api/claims/${claim.id}/history`).expect(200)).body;
    expect(items).toHaveLength(2);
  });
});
