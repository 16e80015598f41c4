import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const comparisonOf = async (metricId: number, query: string) =>
  Comparison.parse((await request(t.app).get(`/api/metrics/${metricId}/comparison?${query}`).expect(200)).body);

describe('GET /api/metrics/:id/comparison findings', () => {
  it('names a figure its source had revised by the time another source repeated it', async () => {
    const metric = await createMetric(t.app, { unit: 'soldiers' });
    const nis = await createSource(t.app, { name: 'National Intelligence Service', shortName: 'NIS' });
    const officials = await createSource(t.app, { name: 'South Korean officials' });
    const april = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: nis.id,
      value: { kind: 'approximate', value: 600 },
      statedOn: '2025-04-30',
    });
    const september = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: nis.id,
      value: { kind: 'approximate', value: 2000 },
      statedOn: '2025-09-02',
    });
    const november = await createClaim(t.app, {
      metricId: metric.id,
      sourceId: officials.id,
      value: { kind: 'at_least', value: 600 },
      statedOn: '2025-11-04',
    });

    const comparison = await comparisonOf(metric.id, 'asOf=2026-01-01');
    expect(comparison.findings).toEqual([
      {
        kind: 'superseded',
        severity: 'warning',
        claimIds: [november.id, april.id, september.id],
        sourceIds: [officials.id, nis.id],
        message:
          'South Korean officials’ “at least 600 soldiers” (4 Nov 2025) matches NIS’s figure of 30 Apr 2025, which NIS had since revised: “about 2,000 soldiers” on 2 Sept 2025.',
      },
    ]);
    expect(comparison.origins).toEqual({ claims: 2, independent: 2 });

    // Before the revision, repeating the figure was no fault.
    expect((await comparisonOf(metric.id, 'asOf=2025-08-01')).findings).toEqual([]);
  });

  it('counts a repeated claim as one origin with its repeat', async () => {
    const metric = await createMetric(t.app);
    const origin = await createClaim(t.app, { metricId: metric.id, statedOn: '2025-04-30' });
    const repeat = await createClaim(t.app, { metricId: metric.id, statedOn: '2025-05-02', repeatsClaimId: origin.id });
    const comparison = await comparisonOf(metric.id, 'asOf=2026-01-01');
    expect(comparison.origins).toEqual({ claims: 2, independent: 1 });
    expect(comparison.findings).toEqual([
      expect.objectContaining({ kind: 'echo', severity: 'note', claimIds: [repeat.id, origin.id] }),
    ]);
  });

  it('leaves out claims graded improbable unless asked, as the rest of the comparison does', async () => {
    const metric = await createMetric(t.app);
    const origin = await createClaim(t.app, { metricId: metric.id, statedOn: '2025-04-30' });
    await createClaim(t.app, {
      metricId: metric.id,
      statedOn: '2025-05-02',
      repeatsClaimId: origin.id,
      credibility: 5,
    });
    expect((await comparisonOf(metric.id, 'asOf=2026-01-01')).findings).toEqual([]);
    expect((await comparisonOf(metric.id, 'asOf=2026-01-01&includeImprobable=true')).findings).toHaveLength(1);
  });

  it('answers a bad as-of date with a problem naming it', async () => {
    const metric = await createMetric(t.app);
    expectProblem(await request(t.app).get(`/api/metrics/${metric.id}/comparison?asOf=soon`), 400, 'asOf');
  });
});
