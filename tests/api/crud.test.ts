import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { createMetric, createSource, uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Each kind of record, with an input to create it and a field to change. */
const kinds = [
  {
    base: '/api/sources',
    input: async () => ({ name: uniqueName('KCNA'), shortName: 'KCNA', kind: 'state_media', reliability: 'E' }),
    defaults: { aliases: [], country: null, group: null, party: false, url: null, notes: null },
    patch: { country: 'North Korea' },
    listKeys: ['items'],
  },
  {
    base: '/api/metrics',
    input: async () => ({ name: uniqueName('Soldiers killed'), unit: 'soldiers', topic: 'Kursk' }),
    defaults: { aliases: [], description: null, tolerance: null, partOfMetricId: null },
    patch: { unit: 'troops' },
    listKeys: ['items'],
  },
  {
    base: '/api/claims',
    input: async () => ({
      metricId: (await createMetric(t.app)).id,
      sourceId: (await createSource(t.app)).id,
      value: { kind: 'at_least', value: 6000 },
      scope: 'whole contingent',
      statedOn: '2025-11',
      citationUrl: 'https://example.org/report',
    }),
    defaults: {
      coverage: null,
      via: null,
      reportedBy: null,
      quote: null,
      credibility: 6,
      repeatsClaimId: null,
      notes: null,
    },
    patch: { value: { kind: 'range', low: 11000, high: 12000 } },
    listKeys: ['items', 'nextCursor'],
  },
];

describe.each(kinds)('$base', ({ base, input, defaults, patch, listKeys }) => {
  async function created() {
    const fields = await input();
    const res = await request(t.app).post(base).send(fields).expect(201);
    return { fields, res, record: res.body };
  }

  it('creates: 201, Location of the new record, version 1, defaults filled in', async () => {
    const { fields, res, record } = await created();
    expect(res.headers['location']).toBe(`${base}/${record.id}`);
    expect(record).toEqual({
      ...defaults,
      ...fields,
      id: expect.any(Number),
      version: 1,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      updatedAt: record.createdAt,
      deletedAt: null,
    });
    const read = await request(t.app).get(res.headers['location']!).expect(200);
    expect(read.body).toEqual(record);
  });

  it('lists records under items, in id order', async () => {
    const first = (await created()).record;
    const second = (await created()).record;
    const res = await request(t.app).get(base).expect(200);
    expect(Object.keys(res.body)).toEqual(listKeys);
    const ids = res.body.items.map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(res.body.items).toContainEqual(expect.objectContaining(first));
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
  });

  it('patches the named fields only, moving the version on', async () => {
    const { record } = await created();
    const res = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: 1, ...patch })
      .expect(200);
    expect(res.body).toEqual({ ...record, ...patch, version: 2, updatedAt: expect.any(String) });
    expect(res.body.updatedAt >= record.updatedAt).toBe(true);
    expect((await request(t.app).get(`${base}/${record.id}`).expect(200)).body).toEqual(res.body);
  });

  it('soft-deletes: hidden from the list, shown with includeDeleted=true, restorable', async () => {
    const { record } = await created();
    const listed = async (query = '') =>
      (await request(t.app).get(`${base}${query}`).expect(200)).body.items.map((r: { id: number }) => r.id);

    const deleted = await request(t.app).delete(`${base}/${record.id}`).expect(200);
    expect(deleted.body).toMatchObject({ id: record.id, version: 2, deletedAt: expect.any(String) });
    expect(await listed()).not.toContain(record.id);
    expect(await listed('?includeDeleted=false')).not.toContain(record.id);
    expect(await listed('?includeDeleted=true')).toContain(record.id);
    expect((await request(t.app).get(`${base}/${record.id}`).expect(200)).body.deletedAt).toBe(deleted.body.deletedAt);

    const again = await request(t.app).delete(`${base}/${record.id}`).expect(200);
    expect(again.body).toEqual(deleted.body);

    const restored = await request(t.app).post(`${base}/${record.id}/restore`).expect(200);
    expect(restored.body).toEqual({ ...record, version: 3, updatedAt: expect.any(String) });
    expect(await listed()).toContain(record.id);
  });

  it('answers 404 problem+json for an id that was never used', async () => {
    const missing = `${base}/99999`;
    expectProblem(await request(t.app).get(missing), 404);
    expectProblem(await request(t.app).patch(missing).send({ version: 1 }), 404);
    expectProblem(await request(t.app).delete(missing), 404);
    expectProblem(await request(t.app).post(`${missing}/restore`), 404);
    expectProblem(await request(t.app).get(`${missing}/history`), 404);
  });
});
