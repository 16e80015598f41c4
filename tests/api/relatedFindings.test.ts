import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, type Finding } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
let demo: TestApp;
beforeAll(async () => {
  [t, demo] = await Promise.all([createTestApp(), createTestApp({ seed: true })]);
});
afterAll(() => Promise.all([t.close(), demo.close()]));

const comparisonOf = async (app: TestApp['app'], metricId: number, query = '') =>
  Comparison.parse((await request(app).get(`/api/metrics/${metricId}/comparison?${query}`).expect(200)).body);
const ofKind = (findings: Finding[], kind: Finding['kind']) => findings.filter((f) => f.kind === kind);

describe("a part metric's comparison", () => {
  it('names a part figure that is the whole’s figure of some months before, and follows writes to the whole', async () => {
    const casualties = await createMetric(t.app, { name: 'Casualties' });
    const killed = await createMetric(t.app, { name: 'Killed', partOfMetricId: casualties.id });
    const uk = await createSource(t.app, { name: 'UK Ministry of Defence', shortName: 'UK MoD' });
    const wire = await createSource(t.app, { name: 'Wire copy' });
    const part = await createClaim(t.app, {
      metricId: killed.id,
      sourceId: wire.id,
      value: { kind: 'at_least', value: 6000 },
      statedOn: '2025-11-14',
    });
    // Read once with nothing to match, so that a kept answer would show if the write below missed it.
    expect(ofKind((await comparisonOf(t.app, killed.id)).findings, 'conflation')).toEqual([]);
    const whole = await createClaim(t.app, {
      metricId: casualties.id,
      sourceId: uk.id,
      value: { kind: 'at_least', value: 6000 },
      statedOn: '2025-06-15',
    });

    const comparison = await comparisonOf(t.app, killed.id);
    expect(ofKind(comparison.findings, 'conflation')).toEqual([
      {
        kind: 'conflation',
        severity: 'warning',
        claimIds: [part.id, whole.id],
        sourceIds: [wire.id, uk.id],
        message: `Possible conflation of “Killed” with “Casualties”: ${wire.name}’s “at least 6,000 soldiers” (14 Nov 2025) is the figure UK MoD’s “at least 6,000 soldiers” (15 Jun 2025) gave for “Casualties”.`,
      },
    ]);
    // Not before the whole's figure was stated, and not once the metric is no longer a part.
    expect(ofKind((await comparisonOf(t.app, killed.id, 'asOf=2025-06-01')).findings, 'conflation')).toEqual([]);
    await request(t.app).patch(`/api/metrics/${killed.id}`).send({ version: 1, partOfMetricId: null }).expect(200);
    expect(ofKind((await comparisonOf(t.app, killed.id)).findings, 'conflation')).toEqual([]);
    // The whole's own page is not where a part's figure is judged.
    expect((await comparisonOf(t.app, casualties.id)).findings).toEqual([]);
  });

  it('names a part figure above every figure of the whole of those months, read with the whole’s tolerance', async () => {
    const casualties = await createMetric(t.app, { name: 'All casualties' });
    const killed = await createMetric(t.app, { name: 'All killed', partOfMetricId: casualties.id });
    const part = await createClaim(t.app, {
      metricId: killed.id,
      value: { kind: 'exact', value: 1150 },
      statedOn: '2024-12-20',
    });
    const whole = await createClaim(t.app, {
      metricId: casualties.id,
      value: { kind: 'approximate', value: 1000 },
      statedOn: '2024-12-23',
    });
    const found = ofKind((await comparisonOf(t.app, killed.id)).findings, 'partial_exceeds_whole');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', claimIds: [part.id, whole.id] })]);
    expect(found[0]?.message).toMatch(/counts part of “All casualties”, yet is more than every figure of it/);

    // The whole's looser tolerance is a write to the whole, which its parts' answers follow.
    await request(t.app).patch(`/api/metrics/${casualties.id}`).send({ version: 1, tolerance: 0.2 }).expect(200);
    expect(ofKind((await comparisonOf(t.app, killed.id)).findings, 'partial_exceeds_whole')).toEqual([]);
  });
});

describe('the demo data', () => {
  const metricNamed = async (name: string) =>
    (await request(demo.app).get('/api/metrics').expect(200)).body.items.find((m: { name: string }) => m.name === name);

  it('declares killed part of casualties and engineers part of the troops sent', async () => {
    const [killed, casualties, engineers, deployed] = await Promise.all(
      [
        'North Korean soldiers killed',
        'North Korean casualties (killed and wounded)',
        'North Korean engineers and deminers in Russia',
        'North Korean troops sent to Russia',
      ].map(metricNamed),
    );
    expect(killed.partOfMetricId).toBe(casualties.id);
    expect(engineers.partOfMetricId).toBe(deployed.id);
    expect([casualties.partOfMetricId, deployed.partOfMetricId]).toEqual([null, null]);
  });

  it('finds "more than 6,000 killed" to be UK MoD’s "more than 6,000 casualties" of June 2025, and nothing of the kind elsewhere', async () => {
    const killed = await metricNamed('North Korean soldiers killed');
    const engineers = await metricNamed('North Korean engineers and deminers in Russia');
    const asOf = (await comparisonOf(demo.app, killed.id, 'asOf=2025-12-31')).findings;
    expect(ofKind(asOf, 'conflation').map((f) => f.message)).toEqual([
      'Possible conflation of “North Korean soldiers killed” with “North Korean casualties (killed and wounded)”: SK/UA/Western sources’ “at least 6,000 soldiers” (14 Nov 2025) is the figure UK MoD’s “at least 6,000 soldiers” (15 Jun 2025) gave for “North Korean casualties (killed and wounded)”.',
    ]);
    expect(ofKind(asOf, 'partial_exceeds_whole')).toEqual([]);
    expect(ofKind((await comparisonOf(demo.app, engineers.id)).findings, 'conflation')).toEqual([]);
  });
});
