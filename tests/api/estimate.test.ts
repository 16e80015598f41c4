import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EstimateAnswer } from '../../shared/schemas/index.js';
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
    expect(estimate.rules[1]).toMatch(/^Best estimate about 1,[12]00 troops \(half the likelihood between/);

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
