import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeader } from '../../shared/dataset/csvColumns.js';
import type { DatasetFile } from '../../shared/dataset/datasetFile.js';
import type { Claim, Metric, Source } from '../../shared/schemas/index.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let metrics: Metric[];
let sources: Source[];
const claims: Record<string, Claim> = {};

beforeAll(async () => {
  t = await createTestApp();
  metrics = [await createMetric(t.app), await createMetric(t.app)];
  sources = [await createSource(t.app), await createSource(t.app), await createSource(t.app)];
  const [killed, sent] = metrics as [Metric, Metric];
  const [kcna, nis] = sources as [Source, Source];
  claims.early = await createClaim(t.app, {
    metricId: killed.id,
    sourceId: kcna.id,
    statedOn: '2024-12',
    quote: 'Nine',
  });
  claims.range = await createClaim(t.app, {
    metricId: killed.id,
    sourceId: nis.id,
    statedOn: '2025-06-01',
    value: { kind: 'range', low: 11000, high: 12000 },
    repeatsClaimId: claims.early.id,
  });
  claims.sent = await createClaim(t.app, { metricId: sent.id, sourceId: nis.id, statedOn: '2025-11-30' });
  claims.gone = await createClaim(t.app, { metricId: sent.id, sourceId: kcna.id, quote: 'Withdrawn figure' });
  await request(t.app).delete(`/api/claims/${claims.gone.id}`).expect(200);
});
afterAll(() => t.close());

async function exported(query: string): Promise<DatasetFile> {
  return (await request(t.app).get(`/api/export?format=json${query}`).expect(200)).body;
}
const ids = (records: { id: number }[]) => records.map((r) => r.id);

describe('GET /api/export', () => {
  it('exports every live claim, source and metric when unfiltered, used or not', async () => {
    const file = await exported('');
    expect(file).toMatchObject({ format: 'triangulate-dataset', version: 1, exportedAt: expect.any(String) });
    expect(ids(file.claims)).toEqual([claims.early!.id, claims.range!.id, claims.sent!.id]);
    expect(ids(file.sources)).toEqual(ids(sources));
    expect(ids(file.metrics)).toEqual(ids(metrics));
    expect(file.claims[1]).toEqual({
      id: claims.range!.id,
      metricId: metrics[0]!.id,
      sourceId: sources[1]!.id,
      value: { kind: 'range', low: 11000, high: 12000 },
      scope: null,
      coverage: null,
      statedOn: '2025-06-01',
      via: null,
      reportedBy: null,
      citationUrl: null,
      quote: null,
      credibility: 6,
      repeatsClaimId: claims.early!.id,
      notes: null,
      deleted: false,
    });
  });

  it('applies the claims list filters, and holds only the sources and metrics the claims use', async () => {
    const [killed] = metrics as [Metric];
    const byMetric = await exported(`&metricId=${killed.id}`);
    expect(ids(byMetric.claims)).toEqual([claims.early!.id, claims.range!.id]);
    expect(ids(byMetric.metrics)).toEqual([killed.id]);
    expect(ids(byMetric.sources)).toEqual([sources[0]!.id, sources[1]!.id]);

    expect(ids((await exported(`&sourceId=${sources[1]!.id}&kind=range`)).claims)).toEqual([claims.range!.id]);
    expect(ids((await exported('&from=2025&to=2025-06')).claims)).toEqual([claims.range!.id]);
    expect(ids((await exported('&q=nine')).claims)).toEqual([claims.early!.id]);
    expect(ids((await exported(`&sourceId=${sources[2]!.id}`)).claims)).toEqual([]);
  });

  it('takes deleted claims on request, marked deleted', async () => {
    const file = await exported('&includeDeleted=true');
    expect(file.claims.map((c) => [c.id, c.deleted])).toEqual([
      [claims.early!.id, false],
      [claims.range!.id, false],
      [claims.sent!.id, false],
      [claims.gone!.id, true],
    ]);
  });

  it('drops a repeat of a claim the file does not hold, which it could not point at', async () => {
    const file = await exported('&kind=range');
    expect(file.claims).toEqual([expect.objectContaining({ id: claims.range!.id, repeatsClaimId: null })]);
  });

  it('writes CSV as an attachment: UTF-8 with a byte-order mark, a header row and a row per claim', async () => {
    const res = await request(t.app).get(`/api/export?format=csv&metricId=${metrics[0]!.id}`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename=triangulate-claims-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(res.text.startsWith('\ufeff')).toBe(true);
    const lines = res.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(csvHeader.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      `${sources[1]!.name},,other,,,F,false,${metrics[0]!.name},soldiers,,,,range,,11000,12000,2025-06-01,,,,,,,6,`,
    );
    expect(lines[3]).toBe('');
  });

  it('names JSON files as datasets', async () => {
    const res = await request(t.app).get('/api/export?format=json').expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename=triangulate-dataset-\d{4}-\d{2}-\d{2}\.json$/,
    );
  });

  it.each(['', 'format=xml', 'format=csv&limit=10', 'format=csv&metricId=abc', 'format=json&includeDeleted=yes'])(
    'answers 400 problem+json to ?%s',
    async (query) => {
      expectProblem(await request(t.app).get(`/api/export?${query}`), 400);
    },
  );

  it('needs a signed-in reader', async () => {
    expectProblem(await request(t.anonymous).get('/api/export?format=csv'), 401);
  });
});
