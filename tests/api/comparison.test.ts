import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

async function metricIdByName(name: string): Promise<number> {
  const res = await request(t.app).get('/api/metrics').expect(200);
  const metric = res.body.items.find((m: { name: string }) => m.name === name);
  expect(metric, name).toBeDefined();
  return metric.id;
}

describe('comparison on the demo data', () => {
  it('puts KCNA 9 against more than 6,000 killed: ×667, disjoint, scopes differ', async () => {
    const id = await metricIdByName('North Korean soldiers killed');
    const res = await request(t.app).get(`/api/metrics/${id}/comparison?asOf=2026-01-01`).expect(200);
    expect(res.body.spread).toBeCloseTo(6000 / 9, 6);
    expect(res.body.ordersOfMagnitude).toBeCloseTo(Math.log10(6000 / 9), 6);
    expect(res.body.disjoint).toBe(true);
    expect(res.body.scopeMismatch).toBe(true);
    const kcna = res.body.entries.find((e: { source: { shortName: string } }) => e.source.shortName === 'KCNA');
    expect(kcna.claim.value).toEqual({ kind: 'exact', value: 9 });
    expect(kcna.interval).toEqual({ low: 9, high: 9 });
  });

  it('takes each source at its latest figure as of the date asked', async () => {
    const id = await metricIdByName('North Korean soldiers killed');
    const res = await request(t.app).get(`/api/metrics/${id}/comparison?asOf=2025-02-01`).expect(200);
    const nis = res.body.entries.find((e: { source: { shortName: string } }) => e.source.shortName === 'NIS');
    expect(nis.claim.statedOn).toBe('2025-01-13');
    expect(nis.point).toBe(300);
    expect(res.body.entries.map((e: { source: { shortName: string } }) => e.source.shortName).sort()).toEqual([
      'NIS',
      'Western officials',
    ]);
  });

  it('lists a figure-less statement apart from the plotted entries', async () => {
    const id = await metricIdByName('North Korean engineers and deminers in Russia');
    const res = await request(t.app).get(`/api/metrics/${id}/comparison?asOf=2026-01-01`).expect(200);
    expect(res.body.statements).toHaveLength(1);
    expect(res.body.statements[0].source.shortName).toBe('Russian MoD');
  });

  it('ranks metrics most divergent first', async () => {
    const res = await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200);
    expect(res.body.items[0].metric.name).toBe('North Korean soldiers killed');
    const orders = res.body.items.map((i: { ordersOfMagnitude: number | null }) => i.ordersOfMagnitude ?? -1);
    expect(orders).toEqual([...orders].sort((a: number, b: number) => b - a));
  });

  it("gives each overview point what its export needs of the claim, as the metric's comparison has it, and no more", async () => {
    const res = await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200);
    const row = res.body.items.find(
      (i: { metric: { name: string } }) => i.metric.name === 'North Korean casualties (killed and wounded)',
    );
    const pentagon = row.points.find((p: { sourceName: string }) => p.sourceName === 'Pentagon');
    const comparison = await request(t.app).get(`/api/metrics/${row.metric.id}/comparison?asOf=2026-01-01`).expect(200);
    const { claim, source, point } = comparison.body.entries.find(
      (e: { claim: { id: number } }) => e.claim.id === pentagon.claimId,
    );
    expect(claim.value).toEqual({ kind: 'range', low: 200, high: 999 });
    expect(claim.scope).toBe('whole contingent, since October');
    expect(pentagon).toEqual({
      sourceId: source.id,
      sourceName: 'Pentagon',
      reliability: source.reliability,
      group: source.group,
      claimId: claim.id,
      point,
      value: claim.value,
      scope: claim.scope,
      statedOn: claim.statedOn,
      via: claim.via,
      reportedBy: claim.reportedBy,
      credibility: claim.credibility,
      quote: claim.quote,
      citationUrl: claim.citationUrl,
    });
  });

  it('answers a client that already holds the comparison with 304 and no body', async () => {
    const id = await metricIdByName('North Korean soldiers killed');
    const first = await request(t.app).get(`/api/metrics/${id}/comparison?asOf=2026-01-01`).expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    const again = await request(t.app)
      .get(`/api/metrics/${id}/comparison?asOf=2026-01-01`)
      .set('If-None-Match', first.headers.etag!)
      .expect(304);
    expect(again.text).toBe('');
  });

  it('answers 404 for an unknown metric and 400 for a bad date', async () => {
    const missing = await request(t.app).get('/api/metrics/9999/comparison').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await request(t.app).get('/api/metrics/1/comparison?asOf=2025-13-40').expect(400);
    expect(bad.body.errors[0].path).toBe('asOf');
  });
});
