import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../shared/dataset/datasetFile.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const apps: TestApp[] = [];
const freshApp = async (opts: { seed?: boolean } = {}) => {
  const t = await createTestApp(opts);
  apps.push(t);
  return t;
};
afterAll(() => Promise.all(apps.map((t) => t.close())));

let source: TestApp;
/** Text a spreadsheet would run as a formula; stored text is trimmed, so a leading tab can't be kept. */
const payloads = ['=HYPERLINK("http://evil","x")', '+1', '@SUM(A1)', '-2+3', "'=already quoted", "'Tis a quote"];

beforeAll(async () => {
  source = await freshApp({ seed: true });
  // Beyond the demo data: repeats both ways in file order, a deleted claim, awkward text, and an unused source.
  const metric = await createMetric(source.app, { name: 'Ünïcode metric, "quoted"', unit: 'people', topic: null });
  const kcna = await createSource(source.app, { name: 'Source with\nline break', group: '=cmd', reliability: 'B' });
  await createSource(source.app, { name: 'Source nobody quotes' });
  const earlier = await createClaim(source.app, { metricId: metric.id, sourceId: kcna.id, quote: payloads[0] });
  const later = await createClaim(source.app, {
    metricId: metric.id,
    sourceId: kcna.id,
    value: { kind: 'range', low: 0.5, high: 1e15 },
    notes: 'a, b\r\nc "d"',
  });
  // One repeat of a claim further down the file, one of a claim further up.
  await request(source.app)
    .patch(`/api/claims/${earlier.id}`)
    .send({ version: 1, repeatsClaimId: later.id })
    .expect(200);
  await createClaim(source.app, { metricId: metric.id, sourceId: kcna.id, repeatsClaimId: earlier.id });
  for (const quote of payloads.slice(1))
    await createClaim(source.app, { metricId: metric.id, sourceId: kcna.id, quote });
  const gone = await createClaim(source.app, { metricId: metric.id, sourceId: kcna.id, value: { kind: 'statement' } });
  await request(source.app).delete(`/api/claims/${gone.id}`).expect(200);
});

async function exportFrom(app: Express, query: string) {
  return request(app).get(`/api/export?${query}`).buffer(true).expect(200);
}

/** A dataset with its ids replaced by positions in the file and its timestamp dropped: what must survive. */
function content(file: DatasetFile) {
  const position = (records: { id: number }[]) => new Map(records.map((r, i) => [r.id, i]));
  const [sources, metrics, claims] = [position(file.sources), position(file.metrics), position(file.claims)];
  return {
    format: file.format,
    version: file.version,
    sources: file.sources.map(({ id: _id, ...s }) => s),
    metrics: file.metrics.map(({ id: _id, ...m }) => m),
    claims: file.claims.map(({ id: _id, sourceId, metricId, repeatsClaimId, ...c }) => ({
      ...c,
      source: sources.get(sourceId),
      metric: metrics.get(metricId),
      repeats: repeatsClaimId === null ? null : claims.get(repeatsClaimId),
    })),
  };
}

describe('JSON round trip', () => {
  it.each(['', '&includeDeleted=true'])(
    'export → import into an empty database → export keeps everything%s',
    async (extra) => {
      const first = await exportFrom(source.app, `format=json${extra}`);
      const target = await freshApp();
      const imported = await request(target.app).post('/api/import').send(first.body).expect(201);
      expect(imported.body).toEqual({
        rows: first.body.claims.length,
        created: {
          sources: first.body.sources.length,
          metrics: first.body.metrics.length,
          claims: first.body.claims.length,
        },
      });
      const second = await exportFrom(target.app, `format=json${extra}`);
      expect(content(second.body)).toEqual(content(first.body));
      expect(first.body.claims.length).toBeGreaterThan(33);
      expect(first.body.claims.some((c: { repeatsClaimId: number | null }) => c.repeatsClaimId !== null)).toBe(true);
      expect(new Set(first.body.claims.map((c: { coverage: string | null }) => c.coverage))).toEqual(
        new Set(['whole', 'part', null]),
      );
      expect(new Set(first.body.sources.map((s: { party: boolean }) => s.party))).toEqual(new Set([true, false]));
    },
  );

  it('keeps a deleted claim deleted, with its create and delete in its history', async () => {
    const file = (await exportFrom(source.app, 'format=json&includeDeleted=true')).body as DatasetFile;
    expect(file.claims.filter((c) => c.deleted)).toHaveLength(1);
    const target = await freshApp();
    await request(target.app).post('/api/import').send(file).expect(201);
    const { items } = (await request(target.app).get('/api/claims?includeDeleted=true&kind=statement').expect(200))
      .body;
    const deleted = items.find((c: { deletedAt: string | null }) => c.deletedAt !== null);
    expect(deleted).toMatchObject({ version: 2 });
    const history = (await request(target.app).get(`/api/claims/${deleted.id}/history`).expect(200)).body.items;
    expect(history.map((r: { action: string; version: number }) => [r.action, r.version])).toEqual([
      ['create', 1],
      ['delete', 2],
    ]);
    expect(history[1].snapshot).toEqual(deleted);
  });

  it("holds a filtered metric's wholes, through a whole's own whole, so the file imports with them", async () => {
    const { app } = await freshApp();
    const casualties = await createMetric(app);
    const killed = await createMetric(app, { partOfMetricId: casualties.id });
    const regiment = await createMetric(app, { partOfMetricId: killed.id });
    await createClaim(app, { metricId: regiment.id });
    await createClaim(app, { metricId: casualties.id });
    const file = (await exportFrom(app, `format=json&metricId=${regiment.id}`)).body as DatasetFile;
    expect(file.claims.map((c) => c.metricId)).toEqual([regiment.id]);
    expect(file.metrics.map((m) => [m.id, m.partOfMetricId])).toEqual([
      [casualties.id, null],
      [killed.id, casualties.id],
      [regiment.id, killed.id],
    ]);
    const target = await freshApp();
    await request(target.app).post('/api/import').send(file).expect(201);
    const { items } = (await request(target.app).get('/api/metrics').expect(200)).body;
    const named = (name: string) => items.find((m: { name: string }) => m.name === name);
    expect(named(regiment.name).partOfMetricId).toBe(named(killed.name).id);
    expect(named(killed.name).partOfMetricId).toBe(named(casualties.name).id);
  });
});

describe('CSV round trip', () => {
  it('export → import into an empty database → export gives the same file', async () => {
    const first = await exportFrom(source.app, 'format=csv');
    const target = await freshApp();
    const imported = await request(target.app)
      .post('/api/import')
      .set('Content-Type', 'text/csv')
      .send(first.text)
      .expect(201);
    // Unused sources can't travel in a file of claims; every other source and metric does.
    expect(imported.body.rows).toBe(imported.body.created.claims);
    const second = await exportFrom(target.app, 'format=csv');
    expect(second.text).toBe(first.text);
  });

  it('carries each claim’s coverage, whole, part or not known', async () => {
    const claims = async (app: Express) =>
      (await request(app).get('/api/claims?limit=500').expect(200)).body.items.map(
        (c: { quote: string | null; coverage: string | null }) => [c.quote, c.coverage],
      );
    const csv = (await exportFrom(source.app, 'format=csv')).text;
    expect(csv.split('\r\n')[0]).toContain(',scope,coverage,');
    const target = await freshApp();
    await request(target.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    const stored = await claims(target.app);
    expect(stored).toEqual(await claims(source.app));
    expect(new Set(stored.map(([, coverage]: [string, string | null]) => coverage))).toEqual(
      new Set(['whole', 'part', null]),
    );
  });

  it('carries whether each source is a party to the conflict', async () => {
    const parties = async (app: Express) =>
      new Map(
        (await request(app).get('/api/sources').expect(200)).body.items.map((s: { name: string; party: boolean }) => [
          s.name,
          s.party,
        ]),
      );
    const csv = (await exportFrom(source.app, 'format=csv')).text;
    expect(csv.split('\r\n')[0]).toContain(',sourceReliability,sourceParty,');
    expect(csv).toContain('\r\nKorean Central News Agency (KCNA),KCNA,state_media,North Korea,North Korea,F,true,');
    const target = await freshApp();
    await request(target.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    const stored = await parties(target.app);
    const exported = await parties(source.app);
    // Unused sources can't travel in a file of claims.
    exported.delete('Source nobody quotes');
    expect(stored).toEqual(exported);
    expect(new Set(stored.values())).toEqual(new Set([true, false]));
  });

  it('writes formula-like text neutralised, and reads it back as it was', async () => {
    const csv = (await exportFrom(source.app, 'format=csv')).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    for (const cell of ["'+1", "'@SUM(A1)", "'-2+3", "''=already quoted", "'=cmd"]) expect(csv).toContain(`,${cell},`);
    expect(csv).toContain(",'Tis a quote,");

    const target = await freshApp();
    await request(target.app).post('/api/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    const { items } = (await request(target.app).get('/api/claims?limit=500').expect(200)).body;
    const quotes = items.map((c: { quote: string | null }) => c.quote);
    for (const payload of payloads) expect(quotes).toContain(payload);
    const sources = (await request(target.app).get('/api/sources').expect(200)).body.items;
    expect(sources.find((s: { name: string }) => s.name === 'Source with\nline break')).toMatchObject({
      group: '=cmd',
    });
  });
});
