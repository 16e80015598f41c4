import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison, DivergenceList, DivergencePoint, type ClaimInput } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
/** Nine killed in one unit against more than 6,000 in the whole contingent: the founding case's spread. */
let killed: { metricId: number; nine: number; early: number; late: number };
beforeAll(async () => {
  t = await createTestApp();
  const metricId = (await createMetric(t.app)).id;
  const [nine, early, late] = [await createSource(t.app), await createSource(t.app), await createSource(t.app)];
  const claim = (sourceId: number, value: ClaimInput['value'], statedOn: string, scope = 'whole contingent') =>
    createClaim(t.app, { metricId, sourceId, value, statedOn, scope });
  await claim(nine.id, { kind: 'exact', value: 9 }, '2025-12-12', 'one unit');
  await claim(early.id, { kind: 'exact', value: 300 }, '2025-01-13');
  await claim(early.id, { kind: 'approximate', value: 2000 }, '2025-09-02');
  await claim(late.id, { kind: 'exact', value: 100 }, '2024-12-20');
  await claim(late.id, { kind: 'at_least', value: 6000 }, '2025-11-14');
  killed = { metricId, nine: nine.id, early: early.id, late: late.id };
});
afterAll(() => t.close());

const comparisonOf = async (metricId: number, asOf: string) =>
  Comparison.parse((await request(t.app).get(`/api/metrics/${metricId}/comparison?asOf=${asOf}`).expect(200)).body);

const overview = async () =>
  DivergenceList.parse((await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200)).body);

describe('comparison', () => {
  it("puts 9 against more than 6,000 killed: ×667, disjoint, and says nothing of their scopes' wording", async () => {
    const comparison = await comparisonOf(killed.metricId, '2026-01-01');
    expect(comparison.spread).toBeCloseTo(6000 / 9, 6);
    expect(comparison.ordersOfMagnitude).toBeCloseTo(Math.log10(6000 / 9), 6);
    expect(comparison.disjoint).toBe(true);
    expect(comparison).not.toHaveProperty('scopeMismatch');
    expect(comparison).not.toHaveProperty('scopes');
    const nine = comparison.entries.find((e) => e.source.id === killed.nine)!;
    expect(nine.claim.value).toEqual({ kind: 'exact', value: 9 });
    expect(nine.interval).toEqual({ low: 9, high: 9 });
  });

  it('takes each source at its latest figure as of the date asked', async () => {
    const { entries } = await comparisonOf(killed.metricId, '2025-02-01');
    const early = entries.find((e) => e.source.id === killed.early)!;
    expect(early.claim.statedOn).toBe('2025-01-13');
    expect(early.point).toBe(300);
    expect(entries.map((e) => e.source.id).sort()).toEqual([killed.early, killed.late].sort());
  });

  it('lists a figure-less statement apart from the plotted entries', async () => {
    const metricId = (await createMetric(t.app, { unit: 'troops' })).id;
    const stated = await createClaim(t.app, { metricId, value: { kind: 'statement' }, statedOn: '2025-04-26' });
    await createClaim(t.app, { metricId, value: { kind: 'approximate', value: 1000 }, statedOn: '2025-06-17' });
    const comparison = await comparisonOf(metricId, '2026-01-01');
    expect(comparison.statements.map((s) => s.source.id)).toEqual([stated.sourceId]);
    expect(comparison.entries.map((e) => e.claim.value)).toEqual([{ kind: 'approximate', value: 1000 }]);
  });

  it('lists undated claims apart: never a latest claim, never in the spread, improbable ones only when asked', async () => {
    const metricId = (await createMetric(t.app)).id;
    const [dated, onlyUndated] = [await createSource(t.app), await createSource(t.app)];
    await createClaim(t.app, {
      metricId,
      sourceId: dated.id,
      value: { kind: 'exact', value: 100 },
      statedOn: '2025-06-01',
    });
    await createClaim(t.app, {
      metricId,
      sourceId: dated.id,
      value: { kind: 'exact', value: 200 },
      statedOn: '2025-07-01',
    });
    const datedLater = await createClaim(t.app, {
      metricId,
      sourceId: dated.id,
      value: { kind: 'exact', value: 90_000 },
    });
    const undated = await createClaim(t.app, {
      metricId,
      sourceId: onlyUndated.id,
      value: { kind: 'exact', value: 5 },
      scope: 'one unit',
    });
    const improbable = await createClaim(t.app, {
      metricId,
      sourceId: onlyUndated.id,
      value: { kind: 'statement' },
      credibility: 5,
    });

    // Before the events, an undated claim is listed still, and counted in nothing.
    for (const asOf of ['2024-01-01', '2026-01-01']) {
      const comparison = await comparisonOf(metricId, asOf);
      expect(comparison.undated.map((u) => [u.claim.id, u.source.id])).toEqual([
        [datedLater.id, dated.id],
        [undated.id, onlyUndated.id],
      ]);
      expect(comparison.statements).toEqual([]);
    }
    const before = await comparisonOf(metricId, '2024-01-01');
    expect(before).toMatchObject({ entries: [], spread: null });
    const after = await comparisonOf(metricId, '2026-01-01');
    expect(after.entries.map((e) => e.claim.value)).toEqual([{ kind: 'exact', value: 200 }]);
    expect(after.spread).toBe(1);
    expect(after.undated[1]!.claim).toMatchObject({ scope: 'one unit', statedOn: null });

    const withImprobable = Comparison.parse(
      (
        await request(t.app)
          .get(`/api/metrics/${metricId}/comparison?asOf=2026-01-01&includeImprobable=true`)
          .expect(200)
      ).body,
    );
    expect(withImprobable.undated.map((u) => u.claim.id)).toEqual([datedLater.id, undated.id, improbable.id]);
    expect(withImprobable.statements).toEqual([]);
  });

  it('ranks metrics most divergent first', async () => {
    const close = (await createMetric(t.app)).id;
    await createClaim(t.app, { metricId: close, value: { kind: 'exact', value: 100 }, statedOn: '2025-03-01' });
    await createClaim(t.app, { metricId: close, value: { kind: 'exact', value: 120 }, statedOn: '2025-03-02' });
    const { items } = await overview();
    expect(items[0]!.metric.id).toBe(killed.metricId);
    expect(items.map((i) => i.metric.id)).toContain(close);
    const orders = items.map((i) => i.ordersOfMagnitude ?? -1);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
  });

  it("gives each overview point what its export needs of the claim, as the metric's comparison has it, and no more", async () => {
    const metricId = (await createMetric(t.app)).id;
    const named = await createSource(t.app, { shortName: 'Pentagon', group: 'United States', reliability: 'B' });
    const unnamed = await createSource(t.app);
    const claim = await createClaim(t.app, {
      metricId,
      sourceId: named.id,
      value: { kind: 'range', low: 200, high: 999 },
      scope: 'whole contingent, since October',
      statedOn: '2025-07-29',
      via: 'a briefing to reporters',
      reportedBy: 'Reuters',
      citationUrl: 'https://example.org/briefing',
      quote: 'between 200 and 999',
      credibility: 2,
      notes: 'An editor’s note, for the claim page only',
    });
    // Dated: an undated claim is no source's latest in any overview.
    await createClaim(t.app, {
      metricId,
      sourceId: unnamed.id,
      value: { kind: 'exact', value: 3000 },
      statedOn: '2025-08',
    });

    const undated = await createClaim(t.app, { metricId, value: { kind: 'exact', value: 10 } });

    const body = (await request(t.app).get('/api/divergence?asOf=2026-01-01').expect(200)).body;
    const row = DivergenceList.parse(body).items.find((i) => i.metric.id === metricId)!;
    expect(row.points.map((p) => p.claimId)).not.toContain(undated.id);
    const point = row.points.find((p) => p.claimId === claim.id)!;
    expect(point).toEqual({
      sourceId: named.id,
      sourceName: 'Pentagon',
      reliability: 'B',
      group: 'United States',
      claimId: claim.id,
      point: 599.5,
      value: { kind: 'range', low: 200, high: 999 },
      scope: 'whole contingent, since October',
      statedOn: '2025-07-29',
      via: 'a briefing to reporters',
      reportedBy: 'Reuters',
      credibility: 2,
      quote: 'between 200 and 999',
      citationUrl: 'https://example.org/briefing',
    });
    // A source without a short name goes by its name.
    expect(row.points.find((p) => p.sourceId === unnamed.id)!.sourceName).toBe(unnamed.name);
    // Nothing beyond the schema's fields is sent: no notes, no record metadata.
    const sent = body.items.find((i: { metric: { id: number } }) => i.metric.id === metricId).points[0];
    expect(Object.keys(sent).sort()).toEqual(Object.keys(DivergencePoint.shape).sort());

    const entry = (await comparisonOf(metricId, '2026-01-01')).entries.find((e) => e.claim.id === claim.id)!;
    expect(entry.claim).toEqual(claim);
    expect(entry.point).toBe(point.point);
  });

  it('answers a client that already holds the comparison with 304 and no body', async () => {
    const path = `/api/metrics/${killed.metricId}/comparison?asOf=2026-01-01`;
    const first = await request(t.app).get(path).expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    const again = await request(t.app).get(path).set('If-None-Match', first.headers.etag!).expect(304);
    expect(again.text).toBe('');
  });

  it('answers 404 for an unknown metric and 400 for a bad date', async () => {
    const missing = await request(t.app).get('/api/metrics/9999/comparison').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await request(t.app).get('/api/metrics/1/comparison?asOf=2025-13-40').expect(400);
    expect(bad.body.errors[0].path).toBe('asOf');
  });
});
