import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, type ClaimInput } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let path: string;
/** The source of the lowest figure, which the tests below change. */
let lowestSourceId: number;

beforeAll(async () => {
  t = await createTestApp();
  const metricId = (await createMetric(t.app)).id;
  const claimOf = (value: ClaimInput['value'], statedOn: string) => createClaim(t.app, { metricId, value, statedOn });
  lowestSourceId = (await claimOf({ kind: 'exact', value: 9 }, '2025-12-12')).sourceId;
  await claimOf({ kind: 'exact', value: 300 }, '2025-01-13');
  await claimOf({ kind: 'at_least', value: 6000 }, '2025-11-14');
  path = `/api/metrics/${metricId}/comparison?asOf=2026-01-01`;
});
afterAll(() => t.close());

async function comparison(): Promise<Comparison> {
  return Comparison.parse((await request(t.app).get(path).expect(200)).body);
}

async function lowest() {
  const entry = (await comparison()).entries.find((e) => e.source.id === lowestSourceId);
  return entry!.claim;
}

/** The server keeps comparison JSON until the next write; each write must show up in the next read. */
describe('cached comparisons after a write', () => {
  it('answers the same JSON twice when nothing changed', async () => {
    const first = await request(t.app).get(path).expect(200);
    const second = await request(t.app).get(path).expect(200);
    expect(second.text).toBe(first.text);
  });

  it('shows a patched value at once', async () => {
    const claim = await lowest();
    expect(claim.value).toEqual({ kind: 'exact', value: 9 });
    const spreadBefore = (await comparison()).spread!;
    await request(t.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: claim.version, value: { kind: 'exact', value: 90 } })
      .expect(200);
    const after = await comparison();
    const entry = after.entries.find((e) => e.claim.id === claim.id)!;
    expect(entry.point).toBe(90);
    expect(entry.claim.version).toBe(claim.version + 1);
    expect(after.spread).toBeCloseTo(spreadBefore / 10, 6);
  });

  it('shows the change in the divergence overview too', async () => {
    const claim = await lowest();
    const overview = async () =>
      (await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200)).body.items.find(
        (i: { metric: { id: number } }) => i.metric.id === claim.metricId,
      );
    await overview();
    await request(t.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: claim.version, value: { kind: 'exact', value: 6000 } })
      .expect(200);
    const row = await overview();
    expect(row.points.find((p: { sourceId: number }) => p.sourceId === claim.sourceId).point).toBe(6000);
  });

  it('reads an empty topic as no topic, whichever of the two is asked first', async () => {
    // A day no earlier test asked for, so that the blank topic is the first to fill the cache.
    const all = (search: string) =>
      request(t.app)
        .get(`/api/divergence?asOf=2026-01-02${search}`)
        .expect(200)
        .then((res) => res.body.items.length as number);
    const count = await all('&topic=');
    expect(count).toBeGreaterThan(0);
    expect(await all('')).toBe(count);
    expect(await all('&topic=%20')).toBe(count);
  });

  it('drops a deleted claim and brings it back on restore', async () => {
    const claim = await lowest();
    await request(t.app).delete(`/api/claims/${claim.id}`).expect(200);
    expect((await comparison()).entries.map((e) => e.claim.id)).not.toContain(claim.id);
    await request(t.app).post(`/api/claims/${claim.id}/restore`).expect(200);
    expect((await comparison()).entries.map((e) => e.claim.id)).toContain(claim.id);
  });

  it('follows a claim whose date moves past the as-of day', async () => {
    const claim = await lowest();
    await request(t.app)
      .patch(`/api/claims/${claim.id}`)
      .send({ version: claim.version, statedOn: '2026-02' })
      .expect(200);
    expect((await comparison()).entries.map((e) => e.claim.id)).not.toContain(claim.id);
  });

  it('shows a claim moved to another metric on both, and leaves other metrics as they were kept', async () => {
    const [from, to, other] = [await createMetric(t.app), await createMetric(t.app), await createMetric(t.app)];
    const source = await createSource(t.app);
    // Dated, so that each is its source's latest claim rather than one listed apart as undated.
    const claim = await createClaim(t.app, { metricId: from.id, sourceId: source.id, statedOn: '2025-06-01' });
    await createClaim(t.app, { metricId: other.id, sourceId: source.id, statedOn: '2025-06-01' });
    const entriesOf = async (metricId: number) =>
      Comparison.parse((await request(t.app).get(`/api/metrics/${metricId}/comparison`).expect(200)).body).entries;
    const otherBefore = await request(t.app).get(`/api/metrics/${other.id}/comparison`).expect(200);
    expect((await entriesOf(from.id)).map((e) => e.claim.id)).toEqual([claim.id]);
    expect(await entriesOf(to.id)).toEqual([]);

    await request(t.app).patch(`/api/claims/${claim.id}`).send({ version: claim.version, metricId: to.id }).expect(200);
    expect(await entriesOf(from.id)).toEqual([]);
    expect((await entriesOf(to.id)).map((e) => e.claim.id)).toEqual([claim.id]);
    // Untouched by the move, the other metric answers what it answered, with the same tag.
    const otherAfter = await request(t.app).get(`/api/metrics/${other.id}/comparison`).expect(200);
    expect(otherAfter.headers.etag).toBe(otherBefore.headers.etag);
  });

  it('shows a renamed source on every metric it has claims on, and in the overview', async () => {
    const source = await createSource(t.app);
    const metrics = [await createMetric(t.app), await createMetric(t.app)];
    for (const metric of metrics) {
      await createClaim(t.app, { metricId: metric.id, sourceId: source.id, statedOn: '2025-06-01' });
    }
    const namesOn = async (metricId: number) =>
      Comparison.parse((await request(t.app).get(`/api/metrics/${metricId}/comparison`).expect(200)).body).entries.map(
        (e) => e.source.name,
      );
    const overviewNames = async () =>
      (await request(t.app).get('/api/divergence?limit=500').expect(200)).body.items.flatMap(
        (row: { points: { sourceName: string }[] }) => row.points.map((p) => p.sourceName),
      );
    for (const metric of metrics) expect(await namesOn(metric.id)).toEqual([source.name]);
    expect(await overviewNames()).toContain(source.name);
    await request(t.app)
      .patch(`/api/sources/${source.id}`)
      .send({ version: source.version, name: 'Renamed source' })
      .expect(200);
    for (const metric of metrics) expect(await namesOn(metric.id)).toEqual(['Renamed source']);
    expect(await overviewNames()).toContain('Renamed source');
  });
});
