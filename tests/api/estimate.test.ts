import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DivergenceList, EstimateAnswer, type ClaimInput } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createKilledFigures, createMetric, createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const estimateOf = async (metricId: number, query = '') =>
  EstimateAnswer.parse((await request(t.app).get(`/api/metrics/${metricId}/estimate?${query}`).expect(200)).body);

describe('GET /api/metrics/:id/estimate', () => {
  it('gives no best figure when credible figures cannot all be right, naming the groups that agree and what it left out', async () => {
    const { metric, claims } = await createKilledFigures(t.app);
    const estimate = await estimateOf(metric.id, 'asOf=2026-01-01');
    expect(estimate).toMatchObject({
      metricId: metric.id,
      asOf: '2026-01-01',
      tolerance: 0.1,
      consensus: false,
      best: null,
    });
    expect(estimate.noBest).toBe('no_consensus');
    // About 1,000 in January, about 2,000 in September, at least 6,000 in November: three groups.
    expect(estimate.clusters.map((c) => c.claimIds)).toEqual([[claims[2]!.id], [claims[4]!.id], [claims[6]!.id]]);
    expect(estimate.lower).toEqual({ value: 6000, claimId: claims[6]!.id });
    // The "at least 600" of November repeats the figure its source had revised; KCNA's 9 covers one unit.
    expect(estimate.leftOut).toEqual(
      expect.arrayContaining([
        { claimId: claims[5]!.id, reason: 'superseded' },
        { claimId: claims[7]!.id, reason: 'part_of_scope' },
      ]),
    );
    expect(estimate.rules.join(' ')).toMatch(/later than the one below: the count may have grown/);
  });

  it('combines figures that agree into a best figure within the credible bounds, with each claim’s weight', async () => {
    const metric = await createMetric(t.app, { unit: 'troops' });
    const strong = await createSource(t.app, { reliability: 'A' });
    const weak = await createSource(t.app, { reliability: 'D' });
    const atLeast = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: strong.id,
      value: { kind: 'at_least', value: 1000 },
      statedOn: '2025-06-01',
      credibility: 2,
    });
    const about = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: weak.id,
      value: { kind: 'approximate', value: 1100 },
      statedOn: '2025-07-01',
      credibility: 3,
    });
    const estimate = await estimateOf(metric.id, 'asOf=2025-12-31');
    expect(estimate.consensus).toBe(true);
    expect(estimate.lower).toEqual({ value: 1000, claimId: atLeast.id });
    expect(estimate.best!.interval90.low).toBeGreaterThanOrEqual(1000);
    expect(estimate.best!.median).toBeGreaterThan(1000);
    expect(estimate.best!.median).toBeLessThan(1250);
    expect(estimate.used).toEqual([
      { claimId: atLeast.id, sourceId: strong.id, weight: 0.85 },
      { claimId: about.id, sourceId: weak.id, weight: 0.4 * 0.65 },
    ]);
    expect(estimate.rules[1]).toMatch(/^Best estimate about 1,[12]\d0 troops \(half the likelihood in /);

    const withoutWeak = await estimateOf(metric.id, `asOf=2025-12-31&excludeSourceIds=${weak.id}`);
    expect(withoutWeak).toMatchObject({ best: null, noBest: 'only_bounds' });
    expect(withoutWeak.leftOut).toEqual([{ claimId: about.id, reason: 'excluded_source' }]);
    const onlyGoodGrades = await estimateOf(metric.id, 'asOf=2025-12-31&minReliability=C');
    expect(onlyGoodGrades.leftOut).toEqual([{ claimId: about.id, reason: 'below_grade' }]);
  });

  it('counts a part-scope figure only when asked, and changes with the next claim saved', async () => {
    const metric = await createMetric(t.app);
    const source = await createSource(t.app);
    const part = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: source.id,
      value: { kind: 'exact', value: 30 },
      statedOn: '2025-03-01',
      coverage: 'part',
    });
    expect((await estimateOf(metric.id, 'asOf=2025-12-31')).noBest).toBe('no_figures');
    expect((await estimateOf(metric.id, 'asOf=2025-12-31&includePartial=true')).best!.claimIds).toEqual([part.id]);

    await createClaim(t.app, {
      metricId: metric.id,
      sourceId: (await createSource(t.app)).id,
      value: { kind: 'exact', value: 40 },
      statedOn: '2025-04-01',
    });
    expect((await estimateOf(metric.id, 'asOf=2025-12-31')).best!.median).toBeCloseTo(40, -1);
  });

  it('is on the overview as on the metric page, best figure and 90% interval, or no consensus', async () => {
    const metricOf = async (values: ClaimInput['value'][]) => {
      const metric = await createMetric(t.app);
      for (const value of values) {
        const sourceId = (await createSource(t.app)).id;
        await createClaim(t.app, { metricId: metric.id, sourceId, value, statedOn: '2025-05-01' });
      }
      return metric;
    };
    const agreeing = await metricOf([
      { kind: 'approximate', value: 500 },
      { kind: 'range', low: 450, high: 600 },
    ]);
    const disagreeing = await metricOf([
      { kind: 'exact', value: 9 },
      { kind: 'at_least', value: 6000 },
    ]);
    const overview = DivergenceList.parse(
      (await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200)).body,
    );
    const rowOf = (id: number) => overview.items.find((r) => r.metric.id === id)!;
    const page = await estimateOf(agreeing.id, 'asOf=2026-01-01');
    expect(rowOf(agreeing.id).estimate).toEqual({
      consensus: true,
      noBest: null,
      best: { median: page.best!.median, interval90: page.best!.interval90 },
    });
    expect(rowOf(disagreeing.id).estimate).toEqual({ consensus: false, noBest: 'no_consensus', best: null });
  });

  it('refuses bad input with the field named, changing nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const metric = await createMetric(t.app);
    const cases: [query: string, field: string][] = [
      ['asOf=2026-02-30', 'asOf'],
      ['minReliability=F', 'minReliability'],
      ['excludeSourceIds=1,x', 'excludeSourceIds'],
      [`excludeSourceIds=${Array.from({ length: 201 }, (_, i) => i + 1).join(',')}`, 'excludeSourceIds'],
      ['includePartial=yes', 'includePartial'],
      ['weights=heavy', 'weights'],
    ];
    for (const [query, field] of cases) {
      expectProblem(await request(t.app).get(`/api/metrics/${metric.id}/estimate?${query}`), 400, field);
    }
    expectProblem(await request(t.app).get('/api/metrics/999999/estimate'), 404);
    expectProblem(await request(t.anonymous).get(`/api/metrics/${metric.id}/estimate`), 401);
    const after = await databaseSnapshot(t.app);
    expect(after.claims).toEqual(before.claims);
    expect(after.sources).toEqual(before.sources);
  });
});

describe('the estimate of the demo data without the parties to the conflict', () => {
  let demo: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    demo = await createTestApp({ seed: true });
  });
  afterAll(() => demo.close());

  it("leaves out Zelensky's and the Ukrainian officials' troops sent, and keeps the third parties'", async () => {
    const get = (path: string) => request(demo.app).get(path).expect(200);
    const metric = (await get('/api/metrics')).body.items.find((m: { name: string }) => /troops sent/i.test(m.name));
    const sources: { id: number; shortName: string; party: boolean }[] = (await get('/api/sources')).body.items;
    const nameOf = (id: number) => sources.find((s) => s.id === id)!.shortName;
    const claims: { id: number; sourceId: number }[] = (await get(`/api/claims?metricId=${metric.id}&limit=500`)).body
      .items;
    const sourceOf = (claimId: number) => nameOf(claims.find((c) => c.id === claimId)!.sourceId);

    const all = EstimateAnswer.parse((await get(`/api/metrics/${metric.id}/estimate?asOf=2026-01-01`)).body);
    const third = EstimateAnswer.parse(
      (await get(`/api/metrics/${metric.id}/estimate?asOf=2026-01-01&excludeParties=true`)).body,
    );
    const parties = third.leftOut.filter((c) => c.reason === 'party').map((c) => sourceOf(c.claimId));
    expect(parties.sort()).toEqual(['Ukrainian officials', 'Zelensky']);
    // The demo's figures of troops sent fall into two groups, before and after the reinforcements.
    const grouped = (e: EstimateAnswer) => e.clusters.map((c) => c.claimIds.map(sourceOf).sort());
    expect(grouped(all)).toEqual([
      ['Pentagon', 'South Korea JCS', 'State Dept', 'Zelensky'],
      ['NIS', 'SK/UA/Western sources', 'South Korean officials', 'Ukrainian officials'],
    ]);
    expect(grouped(third)).toEqual([
      ['Pentagon', 'South Korea JCS', 'State Dept'],
      ['NIS', 'SK/UA/Western sources', 'South Korean officials'],
    ]);
    expect(all.leftOut).toEqual([]);
    expect(third.rules.join(' ')).not.toMatch(/Zelensky|Ukrainian officials/);
  });

  it('refuses excludeParties other than true or false, changing nothing', async () => {
    const before = await databaseSnapshot(demo.app);
    const [metric] = (await request(demo.app).get('/api/metrics').expect(200)).body.items;
    for (const value of ['yes', '1', 'TRUE']) {
      expectProblem(
        await request(demo.app).get(`/api/metrics/${metric.id}/estimate?excludeParties=${value}`),
        400,
        'excludeParties',
      );
    }
    expect(await databaseSnapshot(demo.app)).toEqual(before);
  });
});
