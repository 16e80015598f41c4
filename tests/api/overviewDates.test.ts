import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Claim, Source } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

/**
 * A claim's write makes stale only the overview rows, comparisons and estimates as of its dates or
 * later, before and after the write: those as of earlier dates count no claim it touched. What is
 * kept and mended that way must be what is read afresh, which an edit of a source forces.
 */
const dates = ['2025-03-01', '2025-06-30', '2025-12-31'];

let t: Awaited<ReturnType<typeof createTestApp>>;
let whole: number;
let part: number;
let other: number;
let sources: Source[];
let unused: Source;
beforeAll(async () => {
  t = await createTestApp();
  whole = (await createMetric(t.app)).id;
  part = (await createMetric(t.app, { partOfMetricId: whole })).id;
  other = (await createMetric(t.app)).id;
  sources = [await createSource(t.app), await createSource(t.app), await createSource(t.app)];
  unused = await createSource(t.app);
  const figures: [metricId: number, source: number, value: number, statedOn: string][] = [
    [whole, 0, 1000, '2025-01-10'],
    [whole, 1, 1200, '2025-05-02'],
    [part, 0, 300, '2025-02-01'],
    [part, 2, 1500, '2025-07-15'],
    [other, 1, 40, '2025-04-01'],
    [other, 2, 400, '2025-11-20'],
  ];
  for (const [metricId, source, value, statedOn] of figures) {
    await createClaim(t.app, { metricId, sourceId: sources[source]!.id, value: { kind: 'exact', value }, statedOn });
  }
});
afterAll(() => t.close());

const overview = async (asOf: string) =>
  (await request(t.app).get(`/api/divergence?asOf=${asOf}&limit=500`).expect(200)).text;

/** What is read as of a date: the overview, and each metric's comparison and estimate. */
async function asOfDate(asOf: string): Promise<string[]> {
  const read = async (path: string) => (await request(t.app).get(path).expect(200)).text;
  const perMetric = [whole, part, other].flatMap((id) => [
    `/api/metrics/${id}/comparison?asOf=${asOf}`,
    `/api/metrics/${id}/estimate?asOf=${asOf}`,
  ]);
  return [await overview(asOf), ...(await Promise.all(perMetric.map(read)))];
}

/** Makes everything kept stale, by editing a source of no claims: its edit shows nowhere, but names no metric. */
async function makeEverythingStale() {
  const source = Source.parse((await request(t.app).get(`/api/sources/${unused.id}`).expect(200)).body);
  await request(t.app)
    .patch(`/api/sources/${source.id}`)
    .send({ version: source.version, notes: `Edited ${source.version}` })
    .expect(200);
}

/** What every date reads as kept and mended, then as read afresh once a source's edit has made all of it stale. */
async function mendedAndAfresh() {
  const mended = [];
  for (const asOf of dates) mended.push(await asOfDate(asOf));
  await makeEverythingStale();
  const afresh = [];
  for (const asOf of dates) afresh.push(await asOfDate(asOf));
  return { mended, afresh };
}

const post = (fields: Record<string, unknown>) =>
  createClaim(t.app, { sourceId: sources[1]!.id, value: { kind: 'exact', value: 5000 }, ...fields });

async function patchClaim(claim: Claim, fields: Record<string, unknown>): Promise<Claim> {
  const res = await request(t.app)
    .patch(`/api/claims/${claim.id}`)
    .send({ version: claim.version, ...fields })
    .expect(200);
  return Claim.parse(res.body);
}

describe('overviews and comparisons kept and mended after writes at several dates', () => {
  it('equal a fresh read after each write, whichever dates it touched', async () => {
    const before = await mendedAndAfresh();
    expect(before.mended).toEqual(before.afresh);

    const steps: (() => Promise<unknown>)[] = [];
    let late!: Claim;
    let early!: Claim;
    steps.push(async () => (late = await post({ metricId: other, statedOn: '2025-08-01' })));
    steps.push(async () => (early = await post({ metricId: whole, statedOn: '2025-02-15' })));
    // Moved from after every date to before all of them, and back: each time some tables count it and others do not.
    steps.push(async () => (late = await patchClaim(late, { statedOn: '2025-01-05' })));
    steps.push(async () => (late = await patchClaim(late, { statedOn: '2026-02-01' })));
    steps.push(async () => (early = await patchClaim(early, { value: { kind: 'exact', value: 9 } })));
    steps.push(() => request(t.app).delete(`/api/claims/${early.id}`).expect(200));
    steps.push(() => post({ metricId: part, statedOn: '2025-06' }));
    steps.push(() => post({ metricId: whole, statedOn: null }));
    for (const step of steps) {
      await step();
      const { mended, afresh } = await mendedAndAfresh();
      expect(mended).toEqual(afresh);
    }
  });

  it('keeps a table as of a date before every date a write touched as it was', async () => {
    const [earliest] = dates;
    const kept = await overview(earliest!);
    await post({ metricId: other, statedOn: '2025-09-09' });
    expect(await overview(earliest!)).toBe(kept);
    const res = await request(t.app).get(`/api/metrics/${other}/comparison?asOf=${earliest}`).expect(200);
    expect(res.text).not.toContain('2025-09-09');
    expect(await overview(dates[2]!)).toContain('2025-09-09');
  });

  it('gives a date not read before, started from a table of a nearby date, the rows a full read gives', async () => {
    await makeEverythingStale();
    await overview('2025-04-15');
    await post({ metricId: other, statedOn: '2025-05-10' });
    // On the whole: its part's row, which checks its figures against the whole's, differs too.
    await post({ metricId: whole, statedOn: '2025-09-01', value: { kind: 'exact', value: 90 } });
    await post({ metricId: part, statedOn: '2025-02' });
    await overview('2025-04-15');
    // Each from the nearest table read before it, which shows every write.
    const unread = ['2025-05-31', '2025-08-15', '2025-10-01', '2025-02-01', '2024-12-31'];
    const started = [];
    for (const asOf of unread) started.push(await overview(asOf));
    for (const [i, asOf] of unread.entries()) {
      await makeEverythingStale();
      expect(await overview(asOf)).toBe(started[i]);
    }
  });
});
