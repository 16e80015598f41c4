import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, DivergenceList, type ClaimInput, type DivergenceRow } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createKilledFigures, createMetric, createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const overview = async (query = '') =>
  DivergenceList.parse((await request(t.app).get(`/api/divergence?asOf=2026-01-01&${query}`).expect(200)).body);

const rowOf = async (metricId: number, query = ''): Promise<DivergenceRow> =>
  (await overview(query)).items.find((r) => r.metric.id === metricId)!;

/** Whole-scope figures of one metric, each from a source of its own. */
async function figures(name: string, values: [ClaimInput['value'], string][]) {
  const metric = await createMetric(t.app, { name, topic: 'Overview findings' });
  const claims = [];
  for (const [value, statedOn] of values) {
    claims.push(
      await createClaim(t.app, { metricId: metric.id, sourceId: (await createSource(t.app)).id, value, statedOn }),
    );
  }
  return { metric, claims };
}

describe('GET /api/divergence findings', () => {
  it('counts a part metric’s possible conflation with its whole, when every row is read and when its row alone is', async () => {
    const whole = await createMetric(t.app, { name: 'Casualties, for the conflation row' });
    await createClaim(t.app, { metricId: whole.id, value: { kind: 'at_least', value: 6000 }, statedOn: '2025-06-15' });
    const part = await createMetric(t.app, { name: 'Killed, for the conflation row', partOfMetricId: whole.id });
    const conflations = async () => (await rowOf(part.id)).findings.filter((f) => f.kind === 'conflation');
    await createClaim(t.app, { metricId: part.id, value: { kind: 'at_least', value: 6000 }, statedOn: '2025-11-14' });
    expect(await conflations()).toEqual([{ kind: 'conflation', severity: 'warning', count: 1 }]);
    // A second claim on the part mends its row alone, reading its whole's claims again with it.
    await createClaim(t.app, {
      metricId: part.id,
      value: { kind: 'approximate', value: 5000 },
      statedOn: '2025-11-20',
    });
    expect(await conflations()).toEqual([{ kind: 'conflation', severity: 'warning', count: 1 }]);
  });

  it('counts each metric’s findings as its comparison finds them, and ranks without the superseded figure', async () => {
    const { metric, claims } = await createKilledFigures(t.app);
    const row = await rowOf(metric.id);
    const comparison = Comparison.parse(
      (await request(t.app).get(`/api/metrics/${metric.id}/comparison?asOf=2026-01-01`).expect(200)).body,
    );
    expect(comparison.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['superseded', 'warning'],
      ['partial_coverage', 'note'],
    ]);
    expect(row.findings).toEqual([
      { kind: 'superseded', severity: 'warning', count: 1 },
      { kind: 'partial_coverage', severity: 'note', count: 1 },
    ]);
    // At least 600 (November) repeats the April figure its source had revised to about 2,000.
    const superseded = claims[5]!;
    expect(row.spread).toBeCloseTo(comparison.spread!, 9);
    expect(row.spread).toBeCloseTo(6000 / 600, 9);
    expect(row.ranked.spread).toBeCloseTo(6000 / 1000, 9);
    expect(row.ranked.leftOut).toEqual([{ claimId: superseded.id, kind: 'superseded' }]);
    expect(row.points.map((p) => p.claimId)).toContain(superseded.id);
  });

  it('ranks a real disagreement above a spread that one outlier makes', async () => {
    const outlying = await figures('Outlier-made spread', [
      [{ kind: 'approximate', value: 1000 }, '2025-11-01'],
      [{ kind: 'approximate', value: 1100 }, '2025-11-10'],
      [{ kind: 'approximate', value: 1200 }, '2025-11-15'],
      [{ kind: 'exact', value: 9000 }, '2025-11-20'],
    ]);
    const disagreeing = await figures('Real disagreement', [
      [{ kind: 'exact', value: 1000 }, '2025-11-01'],
      [{ kind: 'exact', value: 5000 }, '2025-11-10'],
    ]);
    const { items } = await overview('topic=Overview findings');
    expect(items.map((r) => r.metric.name)).toEqual(['Real disagreement', 'Outlier-made spread']);
    const [real, explained] = items as [DivergenceRow, DivergenceRow];
    expect(real).toMatchObject({ spread: 5, disjoint: true, findings: [] });
    expect(real.ranked).toEqual({ spread: 5, ordersOfMagnitude: Math.log10(5), disjoint: true, leftOut: [] });
    expect(explained).toMatchObject({ spread: 9, disjoint: true });
    expect(explained.findings).toEqual([{ kind: 'outlier', severity: 'warning', count: 1 }]);
    expect(explained.ranked).toMatchObject({ spread: 1.2, disjoint: false });
    expect(explained.ranked.leftOut).toEqual([{ claimId: outlying.claims[3]!.id, kind: 'outlier' }]);
    expect(disagreeing.metric.id).toBe(real.metric.id);
  });

  it('mends a metric’s counts and ranking when one of its claims changes', async () => {
    const { metric, claims } = await figures('Mended outlier', [
      [{ kind: 'approximate', value: 1000 }, '2025-11-01'],
      [{ kind: 'approximate', value: 1100 }, '2025-11-10'],
      [{ kind: 'approximate', value: 1200 }, '2025-11-15'],
      [{ kind: 'exact', value: 9000 }, '2025-11-20'],
    ]);
    expect((await rowOf(metric.id)).ranked.leftOut).toHaveLength(1);
    const far = claims[3]!;
    await request(t.app)
      .patch(`/api/claims/${far.id}`)
      .send({ version: far.version, value: { kind: 'exact', value: 1300 } })
      .expect(200);
    const mended = await rowOf(metric.id);
    expect(mended.findings).toEqual([]);
    expect(mended.ranked).toMatchObject({ spread: 1.3, leftOut: [] });
  });

  it('reads findings on the claims the filter takes: an improbable repeat counts only when asked', async () => {
    const metric = await createMetric(t.app);
    const origin = await createClaim(t.app, { metricId: metric.id, statedOn: '2025-04-30' });
    await createClaim(t.app, {
      metricId: metric.id,
      statedOn: '2025-05-02',
      repeatsClaimId: origin.id,
      credibility: 5,
    });
    expect((await rowOf(metric.id)).findings).toEqual([]);
    expect((await rowOf(metric.id, 'includeImprobable=true')).findings).toEqual([
      { kind: 'echo', severity: 'note', count: 1 },
    ]);
  });

  it('refuses a malformed filter with a problem naming it, and changes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app).get('/api/divergence?includeImprobable=perhaps');
    expectProblem(res, 400, 'includeImprobable');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});
