import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { csvHeader, type CsvColumn } from '../../shared/dataset/csvColumns.js';
import type { Metric } from '../../shared/schemas/index.js';
import { rowsPerChunk } from '../../server/services/import/plan.js';
import { expectProblem } from '../support/problems.js';
import { createClaim, createMetric, databaseSnapshot, uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Row = Partial<Record<CsvColumn, string | number>>;

/** A CSV with every column; each row is given by the columns it fills. */
const csvOf = (rows: Row[]) =>
  csvDocument(
    csvHeader,
    rows.map((row) => csvHeader.map((column) => row[column] ?? null)),
  );

/** A row of a statement about a metric, with the whole its cell names, if any. */
const row = (metric: string, metricPartOf?: string): Row => ({
  source: 'Wholes source',
  metric,
  metricUnit: 'soldiers',
  valueKind: 'statement',
  ...(metricPartOf === undefined ? {} : { metricPartOf }),
});

const postCsv = (app: Express, csv: string, query = '') =>
  request(app).post(`/api/import${query}`).set('Content-Type', 'text/csv').send(csv);

async function metricNamed(app: Express, name: string): Promise<Metric> {
  const { items } = (await request(app).get('/api/metrics?includeDeleted=true').expect(200)).body;
  return items.find((m: Metric) => m.name === name);
}

const historyOf = async (app: Express, metric: Metric) =>
  (await request(app).get(`/api/metrics/${metric.id}/history`).expect(200)).body.items.map(
    (r: { snapshot: Metric }) => r.snapshot.partOfMetricId,
  );

/** The CSV export's cells in one column, a row per claim. */
async function exportedColumn(app: Express, query: string, column: CsvColumn): Promise<string[]> {
  const res = await request(app).get(`/api/export?format=csv${query}`).buffer(true).expect(200);
  const lines = res.text.slice(1).trimEnd().split('\r\n');
  const at = csvHeader.indexOf(column);
  return lines.slice(1).map((line) => line.split(',')[at]!);
}

describe('the claims CSV export', () => {
  it("names each row's whole, also when the whole's own claims are filtered out", async () => {
    const casualties = await createMetric(t.app);
    const killed = await createMetric(t.app, { partOfMetricId: casualties.id });
    await createClaim(t.app, { metricId: casualties.id });
    await createClaim(t.app, { metricId: killed.id });
    expect(await exportedColumn(t.app, `&metricId=${killed.id}`, 'metricPartOf')).toEqual([casualties.name]);
    expect(await exportedColumn(t.app, `&metricId=${casualties.id}`, 'metricPartOf')).toEqual(['']);
  });
});

describe('POST /api/import, CSV, a metric part of another', () => {
  it('links a new metric to a whole in the database, or named further down the file, past a chunk', async () => {
    const casualties = await createMetric(t.app);
    const [killed, wounded, sent, inKursk] = ['Killed', 'Wounded', 'Sent', 'In Kursk'].map(uniqueName);
    const filler = Array.from({ length: rowsPerChunk + 10 }, () => row(wounded!));
    const csv = csvOf([
      row(killed!, casualties.name.toUpperCase()),
      row(inKursk!, sent),
      ...filler,
      row(sent!),
      row(wounded!, casualties.name),
    ]);
    const res = await postCsv(t.app, csv).expect(201);
    expect(res.body.created).toMatchObject({ metrics: 4 });
    const [k, i, s, w] = await Promise.all([killed, inKursk, sent, wounded].map((n) => metricNamed(t.app, n!)));
    expect(k!.partOfMetricId).toBe(casualties.id);
    expect(i!.partOfMetricId).toBe(s!.id);
    expect(s!.partOfMetricId).toBeNull();
    // Only the first row of a metric says what it is part of.
    expect(w!.partOfMetricId).toBeNull();
    // The revision of a part whose whole came in a later chunk was written once it was linked.
    expect(await historyOf(t.app, i!)).toEqual([s!.id]);
    expect(await historyOf(t.app, k!)).toEqual([casualties.id]);
  });

  it('refuses a deleted whole, itself and a loop, naming line, column and whole, writing nothing', async () => {
    const gone = await createMetric(t.app);
    await request(t.app).delete(`/api/metrics/${gone.id}`).expect(200);
    const [a, b, c, alone, self] = ['A', 'B', 'C', 'Alone', 'Self'].map(uniqueName);
    const csv = csvOf([
      row(alone!, gone.name),
      row(self!, self!.toLowerCase()),
      row(a!, b),
      row(b!, c),
      row(c!, a),
      { ...row(uniqueName('Bad')), valueKind: 'exact', value: 'many' },
    ]);
    const before = await databaseSnapshot(t.app);
    const refused = await postCsv(t.app, csv).expect(422);
    expectProblem(refused, 422, 'lines.2.metricPartOf');
    const expected = [
      [
        'lines.2.metricPartOf',
        `The metric "${gone.name}" is deleted, so no live metric can be part of it: restore it first, or clear the cell`,
      ],
      ['lines.3.metricPartOf', 'A metric cannot be part of itself'],
      ['lines.6.metricPartOf', `"${a}" is itself part of "${c}", directly or through others`],
      ['lines.7.value', expect.stringMatching(/^Must be a number/)],
    ];
    expect(refused.body.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual(expected);
    expect(refused.body).toMatchObject({ errorCount: 4, detail: '4 rows have errors; nothing was imported' });
    expect(await databaseSnapshot(t.app)).toEqual(before);

    const dry = await postCsv(t.app, csv, '?dryRun=true').expect(200);
    expect(dry.body.errors).toEqual(refused.body.errors);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('imports a part whose whole no row or metric names standing alone, which a dry run warns of', async () => {
    const [part, unknown] = ['Part', 'Nowhere'].map(uniqueName);
    const csv = csvOf([row(part!, unknown), row(part!, unknown)]);
    const dry = await postCsv(t.app, csv, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ errorCount: 0, warningCount: 1, created: { metrics: 1, claims: 2 } });
    expect(dry.body.warnings.map((w: { path: string; message: string }) => [w.path, w.message])).toEqual([
      [
        'lines.2.metricPartOf',
        `No metric named "${unknown}" in this file or the database, so "${part}" is imported standing alone: create "${unknown}" and set it in the metric's form, or import a file with a row of its claims first`,
      ],
    ]);
    await postCsv(t.app, csv).expect(201);
    const imported = await metricNamed(t.app, part!);
    expect(imported).toMatchObject({ version: 1, partOfMetricId: null });
    // Its revision, held back for a whole that might come later in the file, is written at its end.
    expect(await historyOf(t.app, imported)).toEqual([null]);
  });

  it('leaves an existing metric as it is, and a dry run warns of the whole it ignores', async () => {
    const [casualties, other] = [await createMetric(t.app), await createMetric(t.app)];
    const killed = await createMetric(t.app, { partOfMetricId: casualties.id });
    const alone = await createMetric(t.app);
    const csv = csvOf([
      row(killed.name, casualties.name),
      row(killed.name, other.name),
      row(killed.name, other.name),
      row(alone.name, casualties.name),
    ]);
    const dry = await postCsv(t.app, csv, '?dryRun=true').expect(200);
    const ignored = (name: string, whole: string) =>
      `"${name}" exists already, and an import never changes a metric: "${whole}" here is ignored; set what it is part of in its form`;
    expect(dry.body).toMatchObject({ errorCount: 0, warningCount: 2 });
    expect(dry.body.warnings).toEqual([
      { path: 'lines.3.metricPartOf', field: 'metricPartOf', line: 3, message: ignored(killed.name, other.name) },
      { path: 'lines.5.metricPartOf', field: 'metricPartOf', line: 5, message: ignored(alone.name, casualties.name) },
    ]);
    await postCsv(t.app, csv).expect(201);
    expect(await metricNamed(t.app, killed.name)).toMatchObject({ version: 1, partOfMetricId: casualties.id });
    expect(await metricNamed(t.app, alone.name)).toMatchObject({ version: 1, partOfMetricId: null });
  });

  it('warns of a later row that names another whole for a metric the file creates', async () => {
    const [part, whole, another] = ['Part', 'Whole', 'Another'].map(uniqueName);
    const csv = csvOf([row(whole!), row(another!), row(part!, whole), row(part!, another), row(part!, whole)]);
    const dry = await postCsv(t.app, csv, '?dryRun=true').expect(200);
    expect(dry.body.warnings.map((w: { path: string; message: string }) => [w.path, w.message])).toEqual([
      ['lines.5.metricPartOf', `Only the first row of "${part}" says what it is part of: "${another}" here is ignored`],
    ]);
  });
});

describe('a CSV round trip', () => {
  it('export, then import into an empty database, keeps which metric is part of which', async () => {
    const source = await createTestApp();
    const target = await createTestApp();
    try {
      const casualties = await createMetric(source.app);
      const killed = await createMetric(source.app, { partOfMetricId: casualties.id });
      const regiment = await createMetric(source.app, { partOfMetricId: killed.id });
      // The part comes first in the file, before its whole.
      for (const metric of [regiment, killed, casualties]) await createClaim(source.app, { metricId: metric.id });
      const file = await request(source.app).get('/api/export?format=csv').buffer(true).expect(200);
      await postCsv(target.app, file.text).expect(201);
      const [c, k, r] = await Promise.all([casualties, killed, regiment].map((m) => metricNamed(target.app, m.name)));
      expect(c!.partOfMetricId).toBeNull();
      expect(k!.partOfMetricId).toBe(c!.id);
      expect(r!.partOfMetricId).toBe(k!.id);
    } finally {
      await Promise.all([source.close(), target.close()]);
    }
  });
});
