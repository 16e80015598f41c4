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

describe('claims refer to live metrics, sources and claims', () => {
  it('refuses a claim on an unknown or deleted metric or source, naming the field', async () => {
    const metric = await createMetric(t.app);
    const source = await createSource(t.app);
    const deletedSource = await createSource(t.app);
    await request(t.app).delete(`/api/sources/${deletedSource.id}`).expect(200);
    const before = await databaseSnapshot(t.app);
    const value = { kind: 'exact', value: 1 };
    const post = (body: object) => request(t.app).post('/api/claims').send(body);
    expectProblem(await post({ metricId: 99999, sourceId: source.id, value }), 400, 'metricId');
    expectProblem(await post({ metricId: metric.id, sourceId: 99999, value }), 400, 'sourceId');
    expectProblem(await post({ metricId: metric.id, sourceId: deletedSource.id, value }), 400, 'sourceId');
    expectProblem(
      await post({ metricId: metric.id, sourceId: source.id, value, repeatsClaimId: 99999 }),
      400,
      'repeatsClaimId',
    );
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses a claim that repeats itself', async () => {
    const claim = await createClaim(t.app);
    const res = await request(t.app).patch(`/api/claims/${claim.id}`).send({ version: 1, repeatsClaimId: claim.id });
    expectProblem(res, 400, 'repeatsClaimId');
  });

  it('refuses a loop of repeats, a repeat of another metric and a new repeat of a deleted claim', async () => {
    const original = await createClaim(t.app);
    const echo = await createClaim(t.app, {
      metricId: original.metricId,
      sourceId: original.sourceId,
      repeatsClaimId: original.id,
    });
    const echoOfEcho = await createClaim(t.app, {
      metricId: original.metricId,
      sourceId: original.sourceId,
      repeatsClaimId: echo.id,
    });
    const otherMetric = await createMetric(t.app);
    const before = await databaseSnapshot(t.app);
    const loop = await request(t.app)
      .patch(`/api/claims/${original.id}`)
      .send({ version: original.version, repeatsClaimId: echoOfEcho.id });
    expectProblem(loop, 400, 'repeatsClaimId');
    expectProblem(
      await request(t.app)
        .post('/api/claims')
        .send({
          metricId: otherMetric.id,
          sourceId: original.sourceId,
          value: { kind: 'exact', value: 1 },
          repeatsClaimId: original.id,
        }),
      400,
      'repeatsClaimId',
    );
    expect(await databaseSnapshot(t.app)).toEqual(before);

    await request(t.app).delete(`/api/claims/${original.id}`).expect(200);
    expectProblem(
      await request(t.app)
        .post('/api/claims')
        .send({
          metricId: original.metricId,
          sourceId: original.sourceId,
          value: { kind: 'statement' },
          repeatsClaimId: original.id,
        }),
      400,
      'repeatsClaimId',
    );
    // The echo made while its original was live can still be edited.
    await request(t.app).patch(`/api/claims/${echo.id}`).send({ version: echo.version, notes: 'checked' }).expect(200);
  });

  it('keeps a claim that others repeat, deleted or not, on its metric until they are unlinked', async () => {
    const original = await createClaim(t.app);
    const echo = await createClaim(t.app, { metricId: original.metricId, repeatsClaimId: original.id });
    const deletedEcho = await createClaim(t.app, { metricId: original.metricId, repeatsClaimId: original.id });
    await request(t.app).delete(`/api/claims/${deletedEcho.id}`).expect(200);
    const otherMetric = await createMetric(t.app);
    const before = await databaseSnapshot(t.app);
    const move = () =>
      request(t.app).patch(`/api/claims/${original.id}`).send({ version: original.version, metricId: otherMetric.id });
    const refused = await move();
    expectProblem(refused, 400, 'metricId');
    expect(refused.body.detail).toBe(
      `Claims ${echo.id}, ${deletedEcho.id} repeat this claim: unlink them before moving this one to another metric`,
    );
    expect(await databaseSnapshot(t.app)).toEqual(before);

    // The deleted echo can still come back, as an echo of a claim of its own metric, and be unlinked.
    const restored = (await request(t.app).post(`/api/claims/${deletedEcho.id}/restore`).expect(200)).body;
    for (const { id, version } of [echo, restored]) {
      await request(t.app).patch(`/api/claims/${id}`).send({ version, repeatsClaimId: null }).expect(200);
    }
    expect((await move().expect(200)).body.metricId).toBe(otherMetric.id);
  });

  it('records which earlier claim a claim repeats', async () => {
    const original = await createClaim(t.app);
    const echo = await createClaim(t.app, { metricId: original.metricId, repeatsClaimId: original.id });
    expect(echo.repeatsClaimId).toBe(original.id);
  });

  it('keeps a source or metric with live claims from being deleted, until the claims are gone', async () => {
    const claim = await createClaim(t.app);
    expectProblem(await request(t.app).delete(`/api/sources/${claim.sourceId}`), 409, 'id');
    expectProblem(await request(t.app).delete(`/api/metrics/${claim.metricId}`), 409, 'id');
    await request(t.app).delete(`/api/claims/${claim.id}`).expect(200);
    await request(t.app).delete(`/api/sources/${claim.sourceId}`).expect(200);
    await request(t.app).delete(`/api/metrics/${claim.metricId}`).expect(200);
  });

  it('will not restore a claim whose source has since been deleted', async () => {
    const claim = await createClaim(t.app);
    await request(t.app).delete(`/api/claims/${claim.id}`).expect(200);
    await request(t.app).delete(`/api/sources/${claim.sourceId}`).expect(200);
    const refused = await request(t.app).post(`/api/claims/${claim.id}/restore`);
    expectProblem(refused, 400, 'sourceId');
    expect(refused.body.detail).toBe(`Source ${claim.sourceId} is deleted: restore it first`);
    expect((await request(t.app).get(`/api/claims/${claim.id}`).expect(200)).body.deletedAt).not.toBeNull();
  });

  it('lets a claim and the deletion of its source race without leaving a claim on a deleted source', async () => {
    const metric = await createMetric(t.app);
    for (let attempt = 0; attempt < 15; attempt++) {
      const source = await createSource(t.app);
      const [added, deleted] = await Promise.all([
        request(t.app)
          .post('/api/claims')
          .send({ metricId: metric.id, sourceId: source.id, value: { kind: 'statement' } }),
        request(t.app).delete(`/api/sources/${source.id}`),
      ]);
      // Whichever commits first, the other sees it: never both.
      expect([added.status, deleted.status].sort()).toEqual(added.status === 201 ? [201, 409] : [200, 400]);
      const live = await request(t.app).get(`/api/claims?sourceId=${source.id}`).expect(200);
      const sourceNow = await request(t.app).get(`/api/sources/${source.id}`).expect(200);
      expect(live.body.items.length > 0 && sourceNow.body.deletedAt !== null).toBe(false);
    }
  });

  it('lets a delete and a restore of one record race, each answering without a version conflict', async () => {
    const source = await createSource(t.app);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? request(t.app).delete(`/api/sources/${source.id}`)
          : request(t.app).post(`/api/sources/${source.id}/restore`),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
  });

  it('refuses to edit a deleted record until it is restored', async () => {
    const claim = await createClaim(t.app);
    const deleted = (await request(t.app).delete(`/api/claims/${claim.id}`).expect(200)).body;
    const before = await databaseSnapshot(t.app);
    expectProblem(
      await request(t.app).patch(`/api/claims/${claim.id}`).send({ version: deleted.version, notes: 'x' }),
      409,
      'id',
    );
    expect(await databaseSnapshot(t.app)).toEqual(before);
    const restored = (await request(t.app).post(`/api/claims/${claim.id}/restore`).expect(200)).body;
    await request(t.app).patch(`/api/claims/${claim.id}`).send({ version: restored.version, notes: 'x' }).expect(200);
  });

  it('counts each source’s live claims in the source list', async () => {
    const source = await createSource(t.app);
    const metric = await createMetric(t.app);
    const claims = await Promise.all(
      [1, 2, 3].map(() => createClaim(t.app, { sourceId: source.id, metricId: metric.id })),
    );
    await request(t.app).delete(`/api/claims/${claims[0]!.id}`).expect(200);
    const { items } = (await request(t.app).get('/api/sources').expect(200)).body;
    expect(items.find((s: { id: number }) => s.id === source.id).claimCount).toBe(2);
  });
});
