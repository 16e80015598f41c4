import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kinds = [
  { entityType: 'claim', base: '/api/claims', create: createClaim, patch: { notes: 'checked against the original' } },
  { entityType: 'source', base: '/api/sources', create: createSource, patch: { reliability: 'B' } },
  { entityType: 'metric', base: '/api/metrics', create: createMetric, patch: { topic: 'Kursk' } },
] as const;

describe.each(kinds)('$base/:id/history', ({ entityType, base, create, patch }) => {
  it('keeps a full snapshot of every create, update, delete and restore, oldest first', async () => {
    const created = await create(t.app);
    const updated = (
      await request(t.app)
        .patch(`${base}/${created.id}`)
        .send({ version: 1, ...patch })
        .expect(200)
    ).body;
    const deleted = (await request(t.app).delete(`${base}/${created.id}`).expect(200)).body;
    const restored = (await request(t.app).post(`${base}/${created.id}/restore`).expect(200)).body;

    const res = await request(t.app).get(`${base}/${created.id}/history`).expect(200);
    const items: Revision[] = res.body.items;
    expect(items.map((r) => [r.action, r.version])).toEqual([
      ['create', 1],
      ['update', 2],
      ['delete', 3],
      ['restore', 4],
    ]);
    expect(items.map((r) => r.snapshot)).toEqual([created, updated, deleted, restored]);
    expect(items.map((r) => r.createdAt)).toEqual([created, updated, deleted, restored].map((r) => r.updatedAt));
    for (const r of items) expect(r).toMatchObject({ entityType, entityId: created.id });
    const ids = items.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('adds no revision when deleting a deleted record or restoring a live one', async () => {
    const record = await create(t.app);
    await request(t.app).post(`${base}/${record.id}/restore`).expect(200);
    await request(t.app).delete(`${base}/${record.id}`).expect(200);
    await request(t.app).delete(`${base}/${record.id}`).expect(200);
    const { items } = (await request(t.app).get(`${base}/${record.id}/history`).expect(200)).body;
    expect(items.map((r: Revision) => r.action)).toEqual(['create', 'delete']);
  });

  it('adds no revision and keeps the version when a PATCH changes nothing', async () => {
    const record = await create(t.app);
    const { id: _id, version, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = record;
    const unchanged = await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version, ...fields })
      .expect(200);
    expect(unchanged.body).toEqual(record);
    const empty = await request(t.app).patch(`${base}/${record.id}`).send({ version }).expect(200);
    expect(empty.body).toEqual(record);
    // Still checked: a stale version is a conflict even when it would change nothing.
    await request(t.app)
      .patch(`${base}/${record.id}`)
      .send({ version: version + 1 })
      .expect(409);
    const { items } = (await request(t.app).get(`${base}/${record.id}/history`).expect(200)).body;
    expect(items.map((r: Revision) => r.action)).toEqual(['create']);
  });

  it('holds only the record’s own revisions', async () => {
    const [a, b] = [await create(t.app), await create(t.app)];
    await request(t.app)
      .patch(`${base}/${b.id}`)
      .send({ version: 1, ...patch })
      .expect(200);
    const { items } = (await request(t.app).get(`${base}/${a.id}/history`).expect(200)).body;
    expect(items).toHaveLength(1);
    expect(items[0].snapshot).toEqual(a);
  });
});
