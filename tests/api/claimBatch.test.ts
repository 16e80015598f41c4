import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Claim } from '../../shared/schemas/index.js';
import { createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let metricId: number;
let sourceId: number;
beforeAll(async () => {
  t = await createTestApp();
  metricId = (await createMetric(t.app)).id;
  sourceId = (await createSource(t.app)).id;
});
afterAll(() => t.close());

const SavedBatch = z.object({ items: z.array(Claim) });

const counts = async () => ({
  claims: (await request(t.app).get('/api/claims?limit=500').expect(200)).body.items.length,
  sources: (await request(t.app).get('/api/sources').expect(200)).body.items.length,
});

describe('POST /api/claims/batch', () => {
  it('saves every claim of the batch, creating a named new source once', async () => {
    const before = await counts();
    const res = await request(t.app)
      .post('/api/claims/batch')
      .send({
        items: [
          { claim: { metricId, value: { kind: 'exact', value: 9 }, quote: 'nine' }, newSourceName: 'New outlet' },
          { claim: { metricId, value: { kind: 'at_least', value: 10 } }, newSourceName: 'new OUTLET' },
          { claim: { metricId, sourceId, value: { kind: 'statement' } } },
        ],
      })
      .expect(201);
    const { items } = SavedBatch.parse(res.body);
    expect(items).toHaveLength(3);
    expect(items[0]!.sourceId).toBe(items[1]!.sourceId);
    expect(items[2]!.sourceId).toBe(sourceId);
    expect(await counts()).toEqual({ claims: before.claims + 3, sources: before.sources + 1 });
  });

  it('saves batches sent at once that name the same new source, which they all then share', async () => {
    const before = await counts();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        request(t.app)
          .post('/api/claims/batch')
          .send({
            items: [{ claim: { metricId, value: { kind: 'exact', value: i } }, newSourceName: 'Wire service' }],
          }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => SavedBatch.parse(r.body).items[0]!.sourceId)).size).toBe(1);
    expect(await counts()).toEqual({ claims: before.claims + 8, sources: before.sources + 1 });
  });

  it('writes nothing when one claim is wrong, and names it', async () => {
    const before = await counts();
    const res = await request(t.app)
      .post('/api/claims/batch')
      .send({
        items: [
          { claim: { metricId, value: { kind: 'exact', value: 1 } }, newSourceName: 'Another outlet' },
          { claim: { metricId, sourceId, value: { kind: 'range', low: 5, high: 2 } } },
        ],
      })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].path).toBe('items.1.claim.value.high');
    expect(await counts()).toEqual(before);
  });

  it('rolls back when a claim names a metric that does not exist', async () => {
    const before = await counts();
    const res = await request(t.app)
      .post('/api/claims/batch')
      .send({
        items: [
          { claim: { metricId, value: { kind: 'exact', value: 1 } }, newSourceName: 'Third outlet' },
          { claim: { metricId: 9999, sourceId, value: { kind: 'exact', value: 1 } } },
        ],
      })
      .expect(400);
    expect(res.body.errors[0].path).toBe('items.1.claim.metricId');
    expect(await counts()).toEqual(before);
  });

  it('refuses an empty batch and a claim with no source', async () => {
    await request(t.app).post('/api/claims/batch').send({ items: [] }).expect(400);
    const res = await request(t.app)
      .post('/api/claims/batch')
      .send({ items: [{ claim: { metricId, value: { kind: 'statement' } } }] })
      .expect(400);
    expect(res.body.errors[0].path).toBe('items.0.claim.sourceId');
    await request(t.anonymous)
      .post('/api/claims/batch')
      .send({ items: [{ claim: { metricId, sourceId, value: { kind: 'statement' } } }] })
      .expect(401);
  });
});
