import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { csvHeader } from '../../shared/dataset/csvColumns.js';
import type { Change } from '../../server/services/changes.js';
import { expectProblem } from '../support/problems.js';
import { createSource, databaseSnapshot, uniqueName } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';
import { rowsPerChunk } from '../../server/services/import/plan.js';
import { maxListedImportErrors } from '../../shared/dataset/transfer.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A CSV with every column; each row is given by the columns it fills. */
const csvOf = (rows: Partial<Record<(typeof csvHeader)[number], string | number>>[]) =>
  csvDocument(
    csvHeader,
    rows.map((row) => csvHeader.map((column) => row[column] ?? null)),
  );

const postCsv = (csv: string | Buffer, query = '') =>
  request(t.app).post(`/api/import${query}`).set('Content-Type', 'text/csv').send(csv);

/** Sixty claims on one new source and metric; `change` alters the row at a given line (line 2 is the first). */
function sixtyRows(source: string, metric: string, change: Record<number, Record<string, string | number>> = {}) {
  return csvOf(
    Array.from({ length: 60 }, (_, i) => ({
      source,
      metric,
      metricUnit: 'people',
      valueKind: 'range',
      low: i,
      high: i + 10,
      statedOn: '2025-01-01',
      ...change[i + 2],
    })),
  );
}

describe('POST /api/import, CSV', () => {
  it('creates the sources and metrics it names, once each, and a claim per row', async () => {
    const [source, metric] = [uniqueName('Imported source'), uniqueName('Imported metric')];
    const res = await postCsv(sixtyRows(source, metric)).expect(201);
    expect(res.body).toEqual({ rows: 60, created: { sources: 1, metrics: 1, claims: 60 } });
    const { items } = (await request(t.app).get('/api/sources').expect(200)).body;
    expect(items.find((s: { name: string }) => s.name === source)).toMatchObject({
      kind: 'other',
      reliability: 'F',
      claimCount: 60,
    });
  });

  it('matches existing sources and metrics by name whatever the case, and leaves them as they are', async () => {
    const existing = await createSource(t.app, { kind: 'government', reliability: 'B' });
    const metric = uniqueName('Metric');
    const csv = csvOf([
      {
        source: existing.name.toUpperCase(),
        sourceKind: 'research',
        metric,
        metricUnit: 'troops',
        valueKind: 'statement',
      },
      { source: existing.name.toLowerCase(), metric: metric.toUpperCase(), valueKind: 'exact', value: 9 },
    ]);
    expect((await postCsv(csv).expect(201)).body.created).toEqual({ sources: 0, metrics: 1, claims: 2 });
    expect((await request(t.app).get(`/api/sources/${existing.id}`).expect(200)).body).toEqual(existing);
    const claims = (await request(t.app).get(`/api/claims?sourceId=${existing.id}`).expect(200)).body.items;
    expect(claims.map((c: { value: unknown }) => c.value)).toEqual([
      { kind: 'statement' },
      { kind: 'exact', value: 9 },
    ]);
  });

  it('refuses the whole file for one bad row, naming line 57 and the field', async () => {
    const before = await databaseSnapshot(t.app);
    const csv = sixtyRows(uniqueName('S'), uniqueName('M'), {
      57: { low: 20, high: 10 },
      30: { statedOn: '2025-02-30' },
    });
    const res = await postCsv(csv);
    expectProblem(res, 422, 'lines.57.high');
    expect(res.body.errors).toEqual([
      {
        line: 30,
        field: 'statedOn',
        path: 'lines.30.statedOn',
        message: 'Must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
      },
      { line: 57, field: 'high', path: 'lines.57.high', message: 'The high end must not be below the low end' },
    ]);
    expect(res.body.detail).toBe('2 rows have errors; nothing was imported');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('writes a large file in chunks, all or nothing: a bad row after the first chunks undoes them', async () => {
    const rows = Math.round(rowsPerChunk * 2.5);
    const [first, late, metric] = [uniqueName('First'), uniqueName('Named late'), uniqueName('Metric')];
    const lateLine = rows - 100;
    const file = (badLine?: number) =>
      csvOf(
        Array.from({ length: rows }, (_, i) => ({
          source: i + 2 >= lateLine ? late : first,
          metric,
          metricUnit: 'people',
          valueKind: 'exact',
          value: i + 2 === badLine ? -1 : i,
        })),
      );
    const before = await databaseSnapshot(t.app);
    const refused = await postCsv(file(rows)).expect(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ line: rows, field: 'value' })]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
    const malformed = await postCsv(file() + `${late},${metric},"unclosed\r\n`);
    expectProblem(malformed, 400, 'body');
    expect(malformed.body.detail).toMatch(new RegExp(`on line ${rows + 2}$`));
    expect(await databaseSnapshot(t.app)).toEqual(before);

    const imported = await postCsv(file()).expect(201);
    expect(imported.body.created).toEqual({ sources: 2, metrics: 1, claims: rows });
    const sources = (await request(t.app).get('/api/sources').expect(200)).body.items as { id: number; name: string }[];
    const lateSource = sources.find((s) => s.name === late)!;
    const lateClaims = (await request(t.app).get(`/api/claims?sourceId=${lateSource.id}&limit=500`).expect(200)).body;
    expect(lateClaims.items.map((c: { value: { value: number } }) => c.value.value)).toEqual(
      Array.from({ length: rows + 2 - lateLine }, (_, i) => lateLine - 2 + i),
    );
  });
  it('counts lines as a spreadsheet numbers rows, a quoted line break staying in its row', async () => {
    const csv = csvOf([
      { source: 'A', metric: 'M', valueKind: 'statement', quote: 'one\ntwo\nthree' },
      { source: 'A', metric: 'M', metricUnit: 'x', valueKind: 'exact', value: '6,000' },
    ]);
    const res = await postCsv(csv);
    expectProblem(res, 422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'metricUnit', message: 'Required' }),
      expect.objectContaining({ line: 3, field: 'value', message: expect.stringMatching(/^Must be a number/) }),
    ]);
  });

  it('refuses "6.000", six or six thousand, in the check as in the import, as the claim form does', async () => {
    const csv = csvOf([{ source: 'A', metric: 'M', metricUnit: 'x', valueKind: 'exact', value: '6.000' }]);
    for (const query of ['?dryRun=true', '']) {
      const res = await postCsv(csv, query);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ line: 2, field: 'value', message: expect.stringContaining('"6.000" is ambiguous') }),
      ]);
    }
  });

  it('names cells that break the column rules', async () => {
    const csv = csvOf([
      { source: '', metric: 'M', metricUnit: 'x', valueKind: 'range', value: 4, high: 5 },
      { source: 'S', sourceKind: 'blog', metric: 'M', metricUnit: 'x', valueKind: 'statement', low: 1, credibility: 9 },
      { source: 'S', metric: 'M', metricUnit: 'x', valueKind: 'several', value: 1, citationUrl: 'javascript:alert(1)' },
    ]);
    const res = await postCsv(csv, '?dryRun=true').expect(200);
    const fields = res.body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
    expect(fields.sort()).toEqual(
      ['2:source', '2:value', '2:low', '3:sourceKind', '3:low', '3:credibility', '4:valueKind', '4:citationUrl'].sort(),
    );
  });

  it('reads the header in any order and case, and refuses unknown or missing columns', async () => {
    const metric = uniqueName('Metric');
    const ok = `VALUEKIND,Metric,metricUnit,source\r\nstatement,${metric},people,Somebody\r\n`;
    expect((await postCsv(ok).expect(201)).body.created.claims).toBe(1);
    const bad = await postCsv('source,colour\r\nx,red\r\n');
    expectProblem(bad, 422);
    expect(bad.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [1, 'colour'],
      [1, 'metric'],
      [1, 'valueKind'],
    ]);
  });

  it('reads a file that a spreadsheet saved with semicolons, as Excel and LibreOffice do in much of Europe', async () => {
    const [source, metric] = [uniqueName('Semicolon source'), uniqueName('Semicolon metric')];
    const csv = `\uFEFFsource;metric;metricUnit;valueKind;value;low;high;quote\r\n${source};${metric};soldiers;exact;9;;;"nine; not ""more"",\r\nsaid KCNA"\r\n${source};${metric};soldiers;range;;11000;12000;\r\n;;;;;;;\r\n`;
    const res = await postCsv(csv).expect(201);
    expect(res.body).toEqual({ rows: 2, created: { sources: 1, metrics: 1, claims: 2 } });
    const { items } = (
      await request(t.app)
        .get(`/api/claims?q=${encodeURIComponent('nine;')}`)
        .expect(200)
    ).body;
    expect(items).toMatchObject([{ value: { kind: 'exact', value: 9 }, quote: 'nine; not "more",\r\nsaid KCNA' }]);
  });

  it('takes the empty columns a spreadsheet adds after the last one, and refuses text put in them', async () => {
    const [source, metric] = [uniqueName('S'), uniqueName('M')];
    const header = 'source,metric,metricUnit,valueKind,value,,';
    const excel = `${header}\r\n${source},${metric},people,exact,5,,\r\n,,,,,,\r\n`;
    expect((await postCsv(excel).expect(201)).body).toEqual({
      rows: 1,
      created: { sources: 1, metrics: 1, claims: 1 },
    });
    const before = await databaseSnapshot(t.app);
    const res = await postCsv(
      `${header}\r\n${source},${metric},people,exact,5,,\r\n${source},${metric},people,exact,6,,"a note"\r\n`,
    );
    expectProblem(res, 422, 'lines.3');
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        line: 3,
        message: 'Cell 7 is under a column with no name in the header: name the column or clear it',
      }),
    ]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses a row of the wrong length, and says a malformed file is one', async () => {
    const res = await postCsv('source,metric,valueKind\r\na,b\r\n');
    expectProblem(res, 422, 'lines.2');
    expectProblem(await postCsv('source,metric,valueKind\r\n"a,b,c\r\n'), 400, 'body');
  });

  it('refuses a file that is not UTF-8, naming the line of its first stray byte, and writes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const csv = csvOf([
      { source: 'Agence', metric: 'Morts', metricUnit: 'soldats', valueKind: 'exact', value: 9 },
      { source: 'Agence', metric: 'Morts', metricUnit: 'soldats', valueKind: 'exact', value: 9, quote: 'Neuf tués' },
    ]);
    // As Excel's plain "CSV" saves it in Western Europe: é is one byte, which is not UTF-8.
    const windows1252 = await postCsv(Buffer.from(csv, 'latin1'));
    expectProblem(windows1252, 400, 'body');
    expect(windows1252.body.errors[0].message).toMatch(/^Line 3 holds bytes that are not UTF-8/);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('reads a file in the character set its Content-Type names, and a U+FFFD written as UTF-8 as text', async () => {
    const metric = uniqueName('Morts');
    const csv = csvOf([
      { source: 'Agence', metric, metricUnit: 'soldats', valueKind: 'exact', value: 9, quote: 'Neuf tués' },
      { source: 'Agence', metric, metricUnit: 'soldats', valueKind: 'exact', value: 6, quote: 'As printed: \uFFFD' },
    ]);
    await request(t.app)
      .post('/api/import')
      .set('Content-Type', 'text/csv; charset=windows-1252')
      .send(Buffer.from(csv.replace('\uFFFD', '?'), 'latin1'))
      .expect(201);
    await postCsv(csv).expect(201);
    const { items } = (
      await request(t.app)
        .get(`/api/claims?q=${encodeURIComponent('Neuf tués')}`)
        .expect(200)
    ).body;
    expect(items).toHaveLength(2);
    const printed = (
      await request(t.app)
        .get(`/api/claims?q=${encodeURIComponent('As printed')}`)
        .expect(200)
    ).body;
    expect(printed.items.map((c: { quote: string }) => c.quote)).toEqual(['As printed: ?', 'As printed: \uFFFD']);
    expectProblem(
      await request(t.app).post('/api/import').set('Content-Type', 'text/csv; charset=klingon').send('source'),
      415,
      'charset',
    );
  });

  it('refuses claims for a deleted source', async () => {
    const gone = await createSource(t.app);
    await request(t.app).delete(`/api/sources/${gone.id}`).expect(200);
    const res = await postCsv(csvOf([{ source: gone.name, metric: 'M', metricUnit: 'x', valueKind: 'statement' }]));
    expectProblem(res, 422, 'lines.2.source');
    expect(res.body.errors[0].message).toBe(`The source "${gone.name}" is deleted, so no live claim can refer to it`);
  });
});

describe('POST /api/import?dryRun=true', () => {
  it('writes nothing and reports what it would create', async () => {
    const before = await databaseSnapshot(t.app);
    const res = await postCsv(sixtyRows(uniqueName('S'), uniqueName('M')), '?dryRun=true').expect(200);
    expect(res.body).toEqual({
      dryRun: true,
      rows: 60,
      created: { sources: 1, metrics: 1, claims: 60 },
      errors: [],
      errorCount: 0,
      warnings: [],
      warningCount: 0,
    });
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('finds the errors a real import would, and counts what the valid rows would create', async () => {
    const csv = sixtyRows(uniqueName('S'), uniqueName('M'), { 57: { low: 20, high: 10 } });
    const dry = await postCsv(csv, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 60, created: { sources: 1, metrics: 1, claims: 59 } });
    const real = await postCsv(csv).expect(422);
    expect(dry.body.errors).toEqual(real.body.errors);
  });

  it('takes a bound whose figure a spreadsheet repeats in low or high, warning that the cell is ignored', async () => {
    const [source, metric] = [uniqueName('S'), uniqueName('M')];
    const row = { source, metric, metricUnit: 'soldiers', statedOn: '2025-04-30' };
    const csv = csvOf([
      { ...row, valueKind: 'at_least', value: 600, low: 600, high: '' },
      { ...row, valueKind: 'at_most', value: 999, low: '', high: 999 },
    ]);
    const dry = await postCsv(csv, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ errorCount: 0, warningCount: 2, created: { claims: 2 } });
    expect(dry.body.warnings.map((w: { path: string; message: string }) => [w.path, w.message])).toEqual([
      ['lines.2.low', 'Repeats the figure in value, so it is ignored'],
      ['lines.3.high', 'Repeats the figure in value, so it is ignored'],
    ]);
    await postCsv(csv).expect(201);
    const sources = (await request(t.app).get('/api/sources').expect(200)).body.items;
    const { id } = sources.find((s: { name: string }) => s.name === source);
    const { items } = (await request(t.app).get(`/api/claims?sourceId=${id}`).expect(200)).body;
    expect(items.map((c: { value: unknown }) => c.value)).toEqual(
      expect.arrayContaining([
        { kind: 'at_least', value: 600 },
        { kind: 'at_most', value: 999 },
      ]),
    );
  });
});

const file = (parts: { sources?: unknown[]; metrics?: unknown[]; claims?: unknown[] }) => ({
  format: 'triangulate-dataset',
  version: 1,
  sources: [],
  metrics: [],
  claims: [],
  ...parts,
});

describe('POST /api/import of a file with many problems', () => {
  const listed = maxListedImportErrors;
  const where = (errors: { path: string }[]) => errors.map((e) => e.path);

  it('lists the first 1,000 of a header of 5,000 unknown columns and counts them all, in a small answer', async () => {
    const before = await databaseSnapshot(t.app);
    const source = uniqueName('Unknown columns');
    const unknown = Array.from({ length: 5000 }, (_, i) => `colour${i}`);
    const csv = `source,metric,metricUnit,valueKind,${unknown.join(',')}\r\n${source},M,x,statement${','.repeat(5000)}\r\n`;
    const dry = await postCsv(csv, '?dryRun=true').expect(200);
    const refused = await postCsv(csv);
    expectProblem(refused, 422, 'lines.1.colour0');
    for (const res of [dry, refused]) {
      expect(res.body.errors).toHaveLength(listed);
      expect(res.body.errorCount).toBe(5000);
      expect(where(res.body.errors)).toEqual(unknown.slice(0, listed).map((column) => `lines.1.${column}`));
      // The columns are listed once, not in each of the 5,000.
      expect(res.text.match(/the columns are/g)).toHaveLength(1);
      expect(res.text.length).toBeLessThan(100_000);
    }
    expect(refused.body.detail).toBe('1 row has errors; nothing was imported');
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('lists the first 1,000 problems of 3,000 bad rows, across chunks, and counts the problems and the rows', async () => {
    const before = await databaseSnapshot(t.app);
    const source = uniqueName('Bad rows');
    // Two problems a row: 6,000 in all, 1,000 of them listed, for the first 500 rows.
    const rows = Array.from({ length: 3000 }, () => ({
      source,
      metric: 'M',
      metricUnit: 'x',
      valueKind: 'exact',
      value: -1,
      credibility: 9,
    }));
    const csv = csvOf(rows);
    expect(rows.length).toBeGreaterThan(rowsPerChunk);
    const dry = await postCsv(csv, '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ rows: 3000, created: { sources: 1, metrics: 1, claims: 0 }, errorCount: 6000 });
    const refused = await postCsv(csv);
    expectProblem(refused, 422, 'lines.501.credibility');
    expect(refused.body.detail).toBe('3,000 rows have errors; nothing was imported');
    for (const res of [dry, refused]) {
      expect(res.body.errors).toHaveLength(listed);
      expect(res.body.errorCount).toBe(6000);
      expect(res.body.errors.at(-1)).toMatchObject({ line: 501, field: 'credibility' });
      expect(res.text.length).toBeLessThan(150_000);
    }
    expect(dry.body.errors).toEqual(refused.body.errors);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('names an unknown header cell of 700 KB by its start, not whole', async () => {
    const cell = 'x'.repeat(700_000);
    const res = await postCsv(`source,metric,valueKind,${cell}\r\nS,M,statement,\r\n`, '?dryRun=true').expect(200);
    expect(res.body.errorCount).toBe(1);
    const [issue] = res.body.errors;
    expect(issue.field.length).toBeLessThanOrEqual(100);
    expect(issue.field).toMatch(/^x+…$/);
    expect(issue.path).toBe(`lines.1.${issue.field}`);
    expect(res.text.length).toBeLessThan(1_000);
  });

  it('lists the first 1,000 unknown keys of a file that is no dataset, each by its start', async () => {
    const keys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`${'k'.repeat(1000)}${i}`, true]));
    const res = await request(t.app)
      .post('/api/import')
      .send({ ...file({}), ...keys });
    expectProblem(res, 400);
    expect(res.body.errors).toHaveLength(listed);
    expect(res.body.errors[0]).toEqual({ path: `${'k'.repeat(99)}…`, message: 'Not a known field' });
    expect(res.text.length).toBeLessThan(150_000);
  });

  it('lists the first 1,000 problems of a JSON file in file order, whatever the check that found them', async () => {
    const before = await databaseSnapshot(t.app);
    const key = 'k'.repeat(700_000);
    // Every claim names a source the file does not hold; each second one shares the id of the one
    // before and holds an unknown key, which the first claim holds too, 700 KB long.
    const claims = Array.from({ length: 3000 }, (_, i) => ({
      id: Math.floor(i / 2) + 1,
      sourceId: 99,
      metricId: 1,
      value: { kind: 'statement' },
      ...(i === 0 ? { [key]: true } : i % 2 === 1 ? { colour: 'red' } : {}),
    }));
    const dataset = file({ metrics: [{ id: 1, name: uniqueName('M'), unit: 'x' }], claims });
    const res = await request(t.app).post('/api/import').send(dataset);
    expectProblem(res, 422, 'claims.1.id');
    expect(res.body.detail).toBe('3,000 rows have errors; nothing was imported');
    expect(res.body.errorCount).toBe(1 + 1499 + 1500 * 2);
    expect(res.body.errors).toHaveLength(listed);
    expect(where(res.body.errors).slice(0, 6)).toEqual([
      `claims.0.${'k'.repeat(99)}…`,
      'claims.1.id',
      'claims.1.colour',
      'claims.2.sourceId',
      'claims.3.id',
      'claims.3.colour',
    ]);
    expect(res.text.length).toBeLessThan(150_000);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('POST /api/import, JSON', () => {
  it('names the collection, index and field of every bad record, and unknown references', async () => {
    const res = await request(t.app)
      .post('/api/import?dryRun=true')
      .send(
        file({
          sources: [
            { id: 1, name: uniqueName('S') },
            { id: 2, name: '' },
          ],
          metrics: [{ id: 7, name: uniqueName('M'), unit: 'people' }],
          claims: [
            { id: 1, sourceId: 1, metricId: 7, value: { kind: 'exact', value: 1 }, repeatsClaimId: 3 },
            { id: 2, sourceId: 2, metricId: 8, value: { kind: 'statement' } },
            { id: 4, sourceId: 1, metricId: 7, value: { kind: 'statement' }, repeatsClaimId: 4, colour: 'red' },
          ],
        }),
      )
      .expect(200);
    expect(res.body.errors).toEqual([
      { collection: 'sources', index: 1, field: 'name', path: 'sources.1.name', message: 'Required' },
      expect.objectContaining({ path: 'claims.0.repeatsClaimId', message: 'No claim with id 3 in this file' }),
      expect.objectContaining({ path: 'claims.1.metricId', message: 'No metric with id 8 in this file' }),
      expect.objectContaining({ path: 'claims.2.colour', message: 'Not a known field' }),
    ]);
    expect(res.body.created).toEqual({ sources: 1, metrics: 1, claims: 0 });
  });

  it('refuses claims whose repeats lead back to them, as the API does, and writes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const claim = (id: number, repeatsClaimId: number | null) => ({
      id,
      sourceId: 1,
      metricId: 1,
      value: { kind: 'exact', value: id },
      repeatsClaimId,
    });
    const res = await request(t.app)
      .post('/api/import')
      .send(
        file({
          sources: [{ id: 1, name: uniqueName('S') }],
          metrics: [{ id: 1, name: uniqueName('M'), unit: 'people' }],
          // 1 and 2 repeat each other; 3 → 4 → 5 → 3; 6 repeats 1, part of no loop itself.
          claims: [claim(1, 2), claim(2, 1), claim(3, 4), claim(4, 5), claim(5, 3), claim(6, 1)],
        }),
      );
    expectProblem(res, 422);
    expect(res.body.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['claims.0.repeatsClaimId', "Claim 2's chain of repeats leads back to this claim"],
      ['claims.1.repeatsClaimId', "Claim 1's chain of repeats leads back to this claim"],
      ['claims.2.repeatsClaimId', "Claim 4's chain of repeats leads back to this claim"],
      ['claims.3.repeatsClaimId', "Claim 5's chain of repeats leads back to this claim"],
      ['claims.4.repeatsClaimId', "Claim 3's chain of repeats leads back to this claim"],
    ]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('links each metric it creates to its whole, before or after it in the file, with its tolerance', async () => {
    const [killed, casualties, unit] = [uniqueName('Killed'), uniqueName('Casualties'), uniqueName('Unit')];
    const res = await request(t.app)
      .post('/api/import')
      .send(
        file({
          sources: [],
          metrics: [
            { id: 5, name: killed, unit: 'soldiers', partOfMetricId: 9, tolerance: 0.05 },
            { id: 9, name: casualties, unit: 'soldiers' },
            { id: 2, name: unit, unit: 'soldiers', partOfMetricId: 5 },
          ],
          claims: [],
        }),
      )
      .expect(201);
    expect(res.body.created).toEqual({ sources: 0, metrics: 3, claims: 0 });
    const metrics = (await request(t.app).get('/api/metrics').expect(200)).body.items;
    const named = (name: string) => metrics.find((m: { name: string }) => m.name === name);
    expect(named(killed)).toMatchObject({ partOfMetricId: named(casualties).id, tolerance: 0.05 });
    expect(named(unit)).toMatchObject({ partOfMetricId: named(killed).id, tolerance: null });
    expect(named(casualties)).toMatchObject({ partOfMetricId: null });
    const history = (
      await request(t.app)
        .get(`/api/metrics/${named(killed).id}/history`)
        .expect(200)
    ).body.items;
    expect(history.map((r: { snapshot: unknown }) => r.snapshot)).toEqual([named(killed)]);
  });

  it('refuses a metric part of itself, of a metric not in the file, of a deleted one, or in a loop, and writes nothing', async () => {
    const before = await databaseSnapshot(t.app);
    const metric = (id: number, partOfMetricId: number | null, deleted = false) => ({
      id,
      name: uniqueName('M'),
      unit: 'people',
      partOfMetricId,
      deleted,
    });
    const res = await request(t.app)
      .post('/api/import')
      .send(
        file({
          sources: [],
          // 1 is part of itself; 2 of no metric here; 3 of deleted 4; 5 and 6 of each other.
          metrics: [metric(1, 1), metric(2, 99), metric(3, 4), metric(4, null, true), metric(5, 6), metric(6, 5)],
          claims: [],
        }),
      );
    expectProblem(res, 422);
    expect(res.body.errors.map((e: { path: string; message: string }) => [e.path, e.message])).toEqual([
      ['metrics.0.partOfMetricId', 'A metric cannot be part of itself'],
      ['metrics.1.partOfMetricId', 'No metric with id 99 in this file'],
      ['metrics.2.partOfMetricId', expect.stringMatching(/is deleted, so no live metric can be part of it$/)],
      ['metrics.4.partOfMetricId', 'Metric 6 is itself part of this metric, directly or through others'],
      ['metrics.5.partOfMetricId', 'Metric 5 is itself part of this metric, directly or through others'],
    ]);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('refuses two records with one id or one name', async () => {
    const name = uniqueName('S');
    const res = await request(t.app)
      .post('/api/import')
      .send(
        file({
          sources: [
            { id: 1, name },
            { id: 1, name: 'x' },
            { id: 2, name: name.toUpperCase() },
          ],
        }),
      );
    expectProblem(res, 422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['sources.1.id', 'sources.2.name']);
  });

  it('refuses more than 100,000 records of any kind with 413, before checking any', async () => {
    const before = await databaseSnapshot(t.app);
    const sources = Array.from({ length: 60_000 }, (_, i) => ({ id: i + 1, name: uniqueName(`S${i}`) }));
    const metrics = Array.from({ length: 40_001 }, (_, i) => ({ id: i + 1, name: uniqueName(`M${i}`), unit: 'x' }));
    const res = await request(t.app).post('/api/import').send(file({ sources, metrics }));
    expectProblem(res, 413, 'body');
    expect(res.body.detail).toMatch(/at most 100,000 records; this file has 100,001/);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('answers 400 for a body that is not a dataset, or not JSON', async () => {
    expectProblem(await request(t.app).post('/api/import').send({ format: 'other', claims: [] }), 400, 'format');
    expectProblem(
      await request(t.app).post('/api/import').set('Content-Type', 'application/json').send('{"a":'),
      400,
      'body',
    );
  });
});

describe('POST /api/import: format, limits and side effects', () => {
  it('answers 400 for a bad format and 415 for a body of no known type', async () => {
    expectProblem(await postCsv('a', '?format=xml'), 400, 'format');
    expectProblem(await request(t.app).post('/api/import').set('Content-Type', 'text/plain').send('x'), 415, 'body');
    expectProblem(await request(t.app).post('/api/import?dryRun=maybe').send({}), 400, 'dryRun');
  });

  it('takes the format from the query over the Content-Type, which must still be CSV or JSON', async () => {
    const csv = csvOf([{ source: uniqueName('S'), metric: uniqueName('M'), metricUnit: 'x', valueKind: 'statement' }]);
    const res = await request(t.app).post('/api/import?format=csv').set('Content-Type', 'application/json').send(csv);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('refuses a body of any other type, as a form on another site can send with the cookie, and imports nothing', async () => {
    const source = uniqueName('Cross-site source');
    const csv = csvOf([{ source, metric: uniqueName('M'), metricUnit: 'x', valueKind: 'exact', value: 1 }]);
    const before = await databaseSnapshot(t.app);
    // What a form can post without a CORS preflight; supertest, like such a form, sends no Origin.
    const formTypes = [
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ];
    for (const type of formTypes) {
      for (const query of ['?format=csv', '?dryRun=true&format=csv', '?format=json', '']) {
        const res = await request(t.app).post(`/api/import${query}`).set('Content-Type', type).send(csv);
        expectProblem(res, 415, 'body');
        expect(res.body.errors).toEqual([{ path: 'body', message: 'Send the file as text/csv or application/json' }]);
      }
    }
    expectProblem(await request(t.app).post('/api/import?format=csv'), 415, 'body');
    expect(await databaseSnapshot(t.app)).toEqual(before);
    const { items } = (await request(t.app).get('/api/sources').expect(200)).body;
    expect(items.map((s: { name: string }) => s.name)).not.toContain(source);
  });

  it('takes a JSON file saved with a byte-order mark, as Windows editors save UTF-8', async () => {
    const dataset = { format: 'triangulate-dataset', version: 1, sources: [], metrics: [], claims: [] };
    const res = await request(t.app)
      .post('/api/import')
      .set('Content-Type', 'application/json')
      .send(`\uFEFF${JSON.stringify(dataset)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it('refuses more than 100,000 rows with 413, before checking any', async () => {
    const csv = 'source,metric,valueKind\r\n' + 'S,M,statement\r\n'.repeat(100_001);
    const res = await postCsv(csv);
    expectProblem(res, 413, 'body');
    expect(res.body.detail).toMatch(/at most 100,000 rows; this file has 100,001/);
  });

  it('imports files sent at once, and after a refused or malformed one, each on its own', async () => {
    const files = Array.from({ length: 3 }, () => sixtyRows(uniqueName('S'), uniqueName('M')));
    const answers = await Promise.all([
      ...files.map((csv) => postCsv(csv)),
      postCsv('source,metric,valueKind\r\n"unclosed,M,statement\r\n'),
      postCsv(sixtyRows(uniqueName('S'), uniqueName('M'), { 3: { valueKind: 'guess' } })),
    ]);
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201, 400, 422]);
    for (const res of answers.slice(0, 3)) expect(res.body.created).toEqual({ sources: 1, metrics: 1, claims: 60 });
    expect((await postCsv(sixtyRows(uniqueName('S'), uniqueName('M'))).expect(201)).body.rows).toBe(60);
  });

  it('refuses a body over 50 MB with 413, and keeps the 1 MB limit for other routes', async () => {
    const res = await postCsv('x'.repeat(50 * 1024 * 1024 + 1));
    expectProblem(res, 413, 'body');
    expect(res.body.detail).toMatch(/at most 50 MB/);
    const big = await request(t.app)
      .post('/api/sources')
      .send({ name: 'x', notes: 'y'.repeat(1024 * 1024) });
    expectProblem(big, 413);
  });

  it('gives every created record its create revision, by the importing user, and announces the changes', async () => {
    const announced: Change[] = [];
    const unsubscribe = t.services.feed.subscribe((changes) => announced.push(...changes));
    const source = uniqueName('S');
    const csv = csvOf([{ source, metric: uniqueName('M'), metricUnit: 'x', valueKind: 'exact', value: 3 }]);
    await postCsv(csv).expect(201);
    unsubscribe();
    expect(announced.map((c) => [c.type, c.action, c.version])).toEqual([
      ['source', 'create', 1],
      ['metric', 'create', 1],
      ['claim', 'create', 1],
    ]);
    const claimId = announced[2]!.id;
    const claim = (await request(t.app).get(`/api/claims/${claimId}`).expect(200)).body;
    const history = (await request(t.app).get(`/api/claims/${claimId}/history`).expect(200)).body.items;
    expect(history).toEqual([
      expect.objectContaining({
        action: 'create',
        version: 1,
        snapshot: claim,
        user: expect.objectContaining({ displayName: expect.any(String) }),
      }),
    ]);
  });

  it('needs an editor', async () => {
    const viewer = await t.sessionFor('viewer');
    const res = await request(t.anonymous)
      .post('/api/import')
      .set('Cookie', `triangulate_session=${viewer}`)
      .set('Content-Type', 'text/csv')
      .send('source,metric,valueKind\r\n');
    expectProblem(res, 403);
  });
});
