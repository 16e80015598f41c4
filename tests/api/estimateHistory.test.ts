import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EstimateAnswer, EstimateHistory, type Claim, type Metric } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createKilledFigures, createMetric, createSource, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let metric: Metric;
let claims: Claim[];
beforeAll(async () => {
  t = await createTestApp();
  ({ metric, claims } = await createKilledFigures(t.app));
});
afterAll(() => t.close());

const historyOf = async (metricId: number, query = '') =>
  EstimateHistory.parse(
    (await request(t.app).get(`/api/metrics/${metricId}/estimate/history?${query}`).expect(200)).body,
  );

describe('GET /api/metrics/:id/estimate/history', () => {
  it('gives the estimate at each date a claim changed what it counts, ending with the estimate of the as-of date', async () => {
    const history = await historyOf(metric.id, 'asOf=2026-01-01');
    expect(history).toMatchObject({ metricId: metric.id, asOf: '2026-01-01', tolerance: 0.1, dateCount: 6 });
    expect(history.maxSteps).toBe(200);
    // The superseded "at least 600" of 4 Nov and KCNA's figure for one unit change nothing counted.
    expect(history.steps.map((s) => [s.date, s.noBest, s.counted])).toEqual([
      ['2024-12-19', 'only_bounds', 1],
      ['2025-01-13', null, 1],
      ['2025-01-23', 'no_consensus', 2],
      ['2025-04-30', 'no_consensus', 2],
      ['2025-09-02', 'no_consensus', 2],
      ['2025-11-14', 'no_consensus', 3],
    ]);
    expect(history.steps[0]!.lower).toBe(100);
    expect(history.steps[1]!.best!.median).toBeCloseTo(300, -1);
    const estimate = EstimateAnswer.parse(
      (await request(t.app).get(`/api/metrics/${metric.id}/estimate?asOf=2026-01-01`).expect(200)).body,
    );
    expect(history.steps.at(-1)!.clusters).toEqual(estimate.clusters.map(({ low, high }) => ({ low, high })));

    const earlier = await historyOf(metric.id, 'asOf=2025-03-31');
    expect(earlier.steps.map((s) => s.date)).toEqual(['2024-12-19', '2025-01-13', '2025-01-23']);
  });

  it('follows the same settings as the estimate', async () => {
    const [source0, source1] = [claims[0]!.sourceId, claims[2]!.sourceId];
    const without = await historyOf(metric.id, `asOf=2026-01-01&excludeSourceIds=${source1}`);
    expect(without.steps.map((s) => s.date)).toEqual([
      '2024-12-19',
      '2025-01-13',
      '2025-04-30',
      '2025-09-02',
      '2025-11-14',
    ]);
    expect(without.steps[2]!.best!.median).toBeCloseTo(600, -1);
    const partial = await historyOf(metric.id, 'asOf=2026-01-01&includePartial=true');
    expect(partial.steps.at(-1)).toMatchObject({ date: '2025-12-12', counted: 4 });
    const onlyOne = await historyOf(metric.id, `asOf=2026-01-01&excludeSourceIds=${[source1, source0].join(',')}`);
    expect(onlyOne.steps.map((s) => [s.date, s.noBest])).toEqual([['2025-11-14', 'only_bounds']]);
  });

  it('gives no steps for a metric of statements alone, and a new step once the next claim is saved', async () => {
    const quiet = await createMetric(t.app);
    const source = await createSource(t.app, { reliability: 'D' });
    await createClaim(t.app, {
      metricId: quiet.id,
      sourceId: source.id,
      value: { kind: 'statement' },
      statedOn: '2025-02-01',
    });
    expect((await historyOf(quiet.id)).steps.map((s) => [s.noBest, s.best])).toEqual([['no_figures', null]]);
    expect((await historyOf(quiet.id, 'minReliability=C')).steps).toEqual([]);

    await createClaim(t.app, {
      metricId: quiet.id,
      sourceId: (await createSource(t.app)).id,
      value: { kind: 'approximate', value: 400 },
      statedOn: '2025-03-01',
    });
    const after = await historyOf(quiet.id);
    expect(after.steps.map((s) => s.date)).toEqual(['2025-02-01', '2025-03-01']);
    expect(after.steps[1]!.best!.median).toBeCloseTo(400, -1);
  });

  it('refuses bad input with the parameter named, changing nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const cases: [query: string, field: string][] = [
      ['asOf=2026-13-01', 'asOf'],
      ['minReliability=F', 'minReliability'],
      ['excludeSourceIds=3,,7', 'excludeSourceIds'],
      ['excludeParties=yes', 'excludeParties'],
      ['includePartial=1', 'includePartial'],
      ['maxSteps=10', 'maxSteps'],
    ];
    for (const [query, field] of cases) {
      expectProblem(await request(t.app).get(`/api/metrics/${metric.id}/estimate/history?${query}`), 400, field);
    }
    expectProblem(await request(t.app).get('/api/metrics/999999/estimate/history'), 404);
    expectProblem(await request(t.app).get('/api/metrics/x/estimate/history'), 400, 'id');
    expectProblem(await request(t.anonymous).get(`/api/metrics/${metric.id}/estimate/history`), 401);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});
