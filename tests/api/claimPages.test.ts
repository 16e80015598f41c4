import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/schemas/index.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let metricIds: number[];
let all: Claim[];

beforeAll(async () => {
  t = await createTestApp();
  const source = await createSource(t.app);
  metricIds = [(await createMetric(t.app)).id, (await createMetric(t.app)).id];
  for (let i = 0; i < 23; i++) {
    await createClaim(t.app, { metricId: metricIds[i % 2]!, sourceId: source.id, value: { kind: 'exact', value: i } });
  }
  const deleted = await createClaim(t.app, { metricId: metricIds[0]!, sourceId: source.id });
  await request(t.app).delete(`/api/claims/${deleted.id}`).expect(200);
  all = (await request(t.app).get('/api/claims?limit=500').expect(200)).body.items;
});
afterAll(() => t.close());

/** Follows nextCursor from the given page to the last, returning each page's ids. */
async function walk(query: string, from: string | null = null): Promise<number[][]> {
  const pages: number[][] = [];
  let cursor = from;
  do {
    const res = await request(t.app)
      .get(`/api/claims?${query}${cursor === null ? '' : `&cursor=${cursor}`}`)
      .expect(200);
    pages.push(res.body.items.map((c: Claim) => c.id));
    cursor = res.body.nextCursor;
    expect(pages.length).toBeLessThan(50);
  } while (cursor !== null);
  return pages;
}

describe('GET /api/claims pages', () => {
  it('has the 23 live claims, all on one page by default', async () => {
    expect(all).toHaveLength(23);
    const res = await request(t.app).get('/api/claims').expect(200);
    expect(res.body.items).toEqual(all);
    expect(res.body.nextCursor).toBeNull();
  });

  it('walks every page of 5 without duplicates or gaps', async () => {
    const pages = await walk('limit=5');
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat()).toEqual(all.map((c) => c.id));
  });

  it('gives no next page when the last page is exactly full', async () => {
    const pages = await walk('limit=23');
    expect(pages.map((p) => p.length)).toEqual([23]);
    const byOne = await walk('limit=1');
    expect(byOne).toHaveLength(23);
    expect(byOne.flat()).toEqual(all.map((c) => c.id));
  });

  it('keeps the filter on every page', async () => {
    const pages = await walk(`limit=4&metricId=${metricIds[1]}`);
    const expected = all.filter((c) => c.metricId === metricIds[1]).map((c) => c.id);
    expect(expected).toHaveLength(11);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(pages.flat()).toEqual(expected);
  });

  it('includes deleted claims in the pages when asked', async () => {
    const pages = await walk('limit=10&includeDeleted=true');
    expect(pages.flat()).toHaveLength(24);
    expect(new Set(pages.flat()).size).toBe(24);
  });

  it('does not repeat a claim created while paging, nor skip one', async () => {
    const [first] = await walk('limit=500');
    const page = await request(t.app).get('/api/claims?limit=10').expect(200);
    const late = await createClaim(t.app, { metricId: metricIds[0]!, sourceId: all[0]!.sourceId });
    const rest = await walk('limit=10', page.body.nextCursor);
    const seen = [...page.body.items.map((c: Claim) => c.id), ...rest.flat()];
    expect(seen).toEqual([...first!, late.id]);
  });
});
