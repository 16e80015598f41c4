import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimInput } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
/** The claims by a short label, to name the expected results. */
const claims: Record<string, Claim> = {};

beforeAll(async () => {
  t = await createTestApp();
  const [killed, sent] = [await createMetric(t.app), await createMetric(t.app)];
  const [kcna, nis] = [await createSource(t.app), await createSource(t.app)];
  const make: [string, Partial<ClaimInput>][] = [
    ['dec2024', { metricId: killed.id, sourceId: kcna.id, statedOn: '2024-12-17', quote: 'Several hundred' }],
    ['year2025', { metricId: killed.id, sourceId: nis.id, statedOn: '2025', value: { kind: 'statement' } }],
    ['jan2025', { metricId: killed.id, sourceId: kcna.id, statedOn: '2025-01', scope: 'Whole contingent' }],
    ['jan13', { metricId: sent.id, sourceId: nis.id, statedOn: '2025-01-13', value: { kind: 'at_least', value: 300 } }],
    ['nov30', { metricId: sent.id, sourceId: kcna.id, statedOn: '2025-11-30', notes: 'Deputy spoke of 50% losses' }],
    ['dec01', { metricId: sent.id, sourceId: nis.id, statedOn: '2025-12-01', notes: 'file unit_528 report' }],
    ['undated', { metricId: killed.id, sourceId: nis.id, quote: 'backslash \\ in a quote', via: 'whole contingent' }],
    ['gone', { metricId: killed.id, sourceId: kcna.id, statedOn: '2025-01-20', quote: 'Whole contingent gone' }],
  ];
  for (const [label, fields] of make) claims[label] = await createClaim(t.app, fields);
  await request(t.app).delete(`/api/claims/${claims.gone!.id}`).expect(200);
});
afterAll(() => t.close());

/** The labels of the claims a query lists, in the order listed. */
async function labels(query: string): Promise<string[]> {
  const res = await request(t.app).get(`/api/claims?${query}`).expect(200);
  const byId = new Map(Object.entries(claims).map(([label, c]) => [c.id, label]));
  return res.body.items.map((c: Claim) => byId.get(c.id));
}

describe('GET /api/claims filters', () => {
  it('lists live claims in id order with no filter', async () => {
    expect(await labels('')).toEqual(['dec2024', 'year2025', 'jan2025', 'jan13', 'nov30', 'dec01', 'undated']);
  });

  it('filters by metric, by source, and by both', async () => {
    const { metricId } = claims.jan13!;
    const { sourceId } = claims.dec2024!;
    expect(await labels(`metricId=${metricId}`)).toEqual(['jan13', 'nov30', 'dec01']);
    expect(await labels(`sourceId=${sourceId}`)).toEqual(['dec2024', 'jan2025', 'nov30']);
    expect(await labels(`metricId=${metricId}&sourceId=${sourceId}`)).toEqual(['nov30']);
    expect(await labels('metricId=99999')).toEqual([]);
  });

  it('filters by value kind', async () => {
    expect(await labels('kind=statement')).toEqual(['year2025']);
    expect(await labels('kind=at_least')).toEqual(['jan13']);
    expect(await labels('kind=range')).toEqual([]);
  });

  it('takes from and to as partial dates: a month runs to its last day, undated claims drop out', async () => {
    expect(await labels('from=2025-01')).toEqual(['jan2025', 'jan13', 'nov30', 'dec01']);
    expect(await labels('to=2025-11')).toEqual(['dec2024', 'year2025', 'jan2025', 'jan13', 'nov30']);
    expect(await labels('from=2025&to=2025')).toEqual(['year2025', 'jan2025', 'jan13', 'nov30', 'dec01']);
    expect(await labels('from=2025-01-13&to=2025-01-13')).toEqual(['jan13']);
    expect(await labels('to=2024')).toEqual(['dec2024']);
    expect(await labels('from=2025-12-02')).toEqual([]);
  });

  it('finds text in quote, scope or notes, whatever its case, but not in other fields', async () => {
    expect(await labels('q=whole%20contingent')).toEqual(['jan2025']);
    expect(await labels('q=SEVERAL')).toEqual(['dec2024']);
    expect(await labels('q=deputy')).toEqual(['nov30']);
    expect(await labels('q=nothing%20like%20this')).toEqual([]);
  });

  it('searches for %, _ and \\ as the characters themselves, not as wildcards', async () => {
    expect(await labels('q=%25')).toEqual(['nov30']);
    expect(await labels('q=50%25')).toEqual(['nov30']);
    expect(await labels('q=_')).toEqual(['dec01']);
    expect(await labels('q=t_5')).toEqual(['dec01']);
    expect(await labels('q=%5C')).toEqual(['undated']);
  });

  it('shows deleted claims with includeDeleted=true only', async () => {
    expect(await labels('includeDeleted=false')).not.toContain('gone');
    expect(await labels('includeDeleted=true')).toEqual([
      'dec2024',
      'year2025',
      'jan2025',
      'jan13',
      'nov30',
      'dec01',
      'undated',
      'gone',
    ]);
    expect(await labels('includeDeleted=true&q=whole%20contingent&from=2025-01')).toEqual(['jan2025', 'gone']);
  });

  it('combines every filter', async () => {
    const { metricId, sourceId } = claims.jan2025!;
    expect(
      await labels(`metricId=${metricId}&sourceId=${sourceId}&kind=exact&from=2025&to=2025-06&q=contingent`),
    ).toEqual(['jan2025']);
  });
});

describe('GET /api/claims text search beyond ASCII', () => {
  it('ignores the case of any letter, and still takes % and _ as themselves', async () => {
    const { metricId, sourceId } = claims.jan2025!;
    const made = await createClaim(t.app, { metricId, sourceId, quote: "Selon l'ÉTAT-MAJOR, 50% des Σ_unités" });
    const found = async (q: string) =>
      (
        await request(t.app)
          .get(`/api/claims?q=${encodeURIComponent(q)}`)
          .expect(200)
      ).body.items.map((c: Claim) => c.id);
    for (const q of ['état-major', 'ÉTAT-major', 'σ_unités', '50% des']) expect(await found(q), q).toEqual([made.id]);
    expect(await found('σxunités')).toEqual([]);
  });
});
