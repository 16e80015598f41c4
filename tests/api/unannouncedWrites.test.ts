import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { createClaim, databaseSnapshot, uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let claim: Awaited<ReturnType<typeof createClaim>>;
beforeAll(async () => {
  t = await createTestApp();
  claim = await createClaim(t.app);
  // As when the connection that tells the other instances drops: each write's announcement fails.
  t.services.feed.connect({ send: () => Promise.reject(new Error('NOTIFY failed')), close: async () => {} });
});
afterAll(() => t.close());

const everything = async () => ({
  ...(await databaseSnapshot(t.app)),
  activity: (await request(t.app).get('/api/activity?limit=500').expect(200)).body,
});

describe('a write that the other instances cannot be told of', () => {
  it.each([
    [
      'a create',
      () =>
        request(t.app)
          .post('/api/sources')
          .send({ name: uniqueName('Source') }),
    ],
    ['an update', () => request(t.app).patch(`/api/claims/${claim.id}`).send({ version: 1, notes: 'x' })],
    ['a delete', () => request(t.app).delete(`/api/claims/${claim.id}`)],
    [
      'a batch',
      () =>
        request(t.app)
          .post('/api/claims/batch')
          .send({
            items: [{ claim: { metricId: claim.metricId, value: { kind: 'statement' } }, newSourceName: 'New' }],
          }),
    ],
    [
      'an import',
      () =>
        request(t.app)
          .post('/api/import')
          .set('Content-Type', 'text/csv')
          .send(`source,metric,metricUnit,valueKind\r\n${uniqueName('S')},${uniqueName('M')},people,statement\r\n`),
    ],
  ])('is not stored, so that the error it answers is true: %s', async (_what, send) => {
    const before = await everything();
    expectProblem(await send(), 500);
    expect(await everything()).toEqual(before);
  });
});
