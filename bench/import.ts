import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pino } from 'pino';
import { csvLine } from '../shared/csv.js';
import { csvHeader, type CsvColumn } from '../shared/dataset/csvColumns.js';
import { sourceKinds } from '../shared/schemas/source.js';
import { loadConfig } from '../server/config.js';
import { sessionCookie } from '../server/http/access.js';
import { startBackend } from '../server/start.js';
import { envNumber, type Bench } from './support/bench.js';
import { seededRandom } from './support/random.js';
import { listenOnLoopback } from './support/servers.js';
import { figure, megabytes, milliseconds, printTable } from './support/table.js';
import { findPostgresBin, scratchDatabase, startPostgresCluster } from '../tests/support/postgresCluster.js';

/**
 * POST /api/import of a generated claims CSV, against the floor: the same rows inserted straight
 * into the same schema with better-sqlite3, one prepared statement in one transaction. The import
 * also parses the CSV, validates every row, looks sources and metrics up, and writes a revision
 * per record; the ratio says what all that costs. GET /api/export of the result is timed too.
 * The same import then runs on PostgreSQL, against its floor: the same rows written with COPY in one
 * transaction. Its server is BENCH_DATABASE_URL (a server where the bench may create and drop
 * databases), else a throwaway cluster from Debian's binaries, else it says it skipped.
 */
const size = { sources: 50, metrics: 100, claims: envNumber('BENCH_IMPORT_ROWS', 100_000) };
const targets = { sqlite: { rowsPerSecond: 100_000, ratio: 0.3 }, postgres: { rowsPerSecond: 50_000, ratio: 0.3 } };

export const importBench: Bench = {
  name: `Import (issue: dataset import): ${figure(size.claims)} CSV rows through POST /api/import vs raw better-sqlite3 inserts and PostgreSQL COPY`,
  run,
};

type Row = Record<CsvColumn, string | number | null>;

const databaseOnly = (databaseUrl: string) => ({ DATABASE_URL: databaseUrl, SEED: 'false', LOG_LEVEL: 'silent' });

function generateRows(): Row[] {
  const random = seededRandom(20261127);
  const kinds = { exact: 30, approximate: 30, at_least: 12, at_most: 7, range: 16, statement: 5 } as const;
  return Array.from({ length: size.claims }, (_, i) => {
    const s = random.int(1, size.sources);
    const m = random.int(1, size.metrics);
    const kind = random.weighted(kinds);
    const figure = random.int(1, 1_000_000);
    return {
      source: `Bench source ${s}`,
      sourceShortName: `BS${s}`,
      sourceKind: sourceKinds[s % sourceKinds.length]!,
      sourceCountry: null,
      sourceGroup: ['Side A', 'Side B', null][s % 3]!,
      sourceReliability: 'ABCDEF'[s % 6]!,
      sourceParty: ['true', 'false', null][s % 3]!,
      metric: `Bench metric ${m}`,
      metricUnit: 'people',
      metricTopic: ['Casualties', 'Displacement', null][m % 3]!,
      metricTolerance: [null, 0.05, 0.2][m % 3]!,
      metricPartOf: null,
      valueKind: kind,
      value: kind === 'range' || kind === 'statement' ? null : figure,
      low: kind === 'range' ? figure : null,
      high: kind === 'range' ? figure * 2 : null,
      statedOn: `202${random.int(3, 6)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      scope: random.pick(['killed', 'killed and wounded', null]),
      coverage: random.pick(['whole', 'part', null]),
      via: null,
      reportedBy: random.next() < 0.3 ? 'Wire service' : null,
      citationUrl: random.next() < 0.5 ? `https://source-${s}.example.org/reports/${i}` : null,
      quote: random.next() < 0.3 ? `Officials said the figure stood at ${figure} as of the latest count.` : null,
      credibility: random.int(1, 6),
      notes: null,
    };
  });
}

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-import-'));
  try {
    const rows = generateRows();
    const csv = '\ufeff' + csvLine(csvHeader) + rows.map((row) => csvLine(csvHeader.map((c) => row[c]))).join('');
    console.log(`Generated ${figure(rows.length)} rows: ${megabytes(Buffer.byteLength(csv))} of CSV`);
    const api = await throughApi(join(dir, 'api.db'), csv);
    const rawMs = await rawInserts(join(dir, 'raw.db'), rows);
    report(
      rows.length,
      api,
      { path: 'raw better-sqlite3 inserts, one transaction', name: 'raw inserts', ms: rawMs },
      targets.sqlite,
    );
    await onPostgres(rows, csv);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function throughApi(databaseUrl: string, csv: string) {
  // The first admin, whose password is set here rather than printed, may import as an editor does.
  const password = randomUUID();
  const config = loadConfig({ ...databaseOnly(databaseUrl), TRIANGULATE_ADMIN_PASSWORD: password });
  const backend = await startBackend(config, pino({ level: 'silent' }));
  const server = await listenOnLoopback(backend.app());
  try {
    const { token } = await backend.services.auth.login(config.TRIANGULATE_ADMIN_EMAIL, password, 'bench');
    const headers = { Cookie: `${sessionCookie}=${token}` };
    const timed = async (path: string, init: RequestInit = {}) => {
      const started = performance.now();
      const response = await fetch(server.origin + path, { ...init, headers: { ...headers, ...init.headers } });
      const body = await response.text();
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
      return { ms, body };
    };
    const post = (query: string) =>
      timed(`/api/import${query}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv });
    // Warms the path up (module loading, the first prepared statements) on a dry run that writes nothing.
    const dryRun = await post('?dryRun=true');
    const imported = await post('');
    console.log(`Import answered: ${imported.body}`);
    const exported = await timed('/api/export?format=csv');
    return {
      dryRunMs: dryRun.ms,
      importMs: imported.ms,
      exportMs: exported.ms,
      exportBytes: Buffer.byteLength(exported.body),
    };
  } finally {
    await server.close();
    await backend.close();
  }
}

async function onPostgres(rows: readonly Row[], csv: string): Promise<void> {
  const given = process.env.BENCH_DATABASE_URL;
  const bin = given ? null : findPostgresBin();
  if (!given && !bin) {
    console.log(
      "\nPostgreSQL: skipped (set BENCH_DATABASE_URL, or install Debian's postgresql for a throwaway cluster)",
    );
    return;
  }
  const cluster = bin ? startPostgresCluster(bin) : null;
  try {
    const server = given ?? cluster!.url;
    const [apiDatabase, rawDatabase] = [
      await scratchDatabase(server, 'bench_import'),
      await scratchDatabase(server, 'bench_copy'),
    ];
    try {
      const api = await throughApi(apiDatabase.url, csv);
      const copyMs = await rawCopy(rawDatabase.url, rows);
      // The throwaway cluster skips fsync: its figures are the server's work, not a disk's.
      console.log(`\nPostgreSQL (${given ? 'BENCH_DATABASE_URL' : 'throwaway cluster, fsync off'}):`);
      report(rows.length, api, { path: 'raw COPY, one transaction', name: 'raw COPY', ms: copyMs }, targets.postgres);
    } finally {
      await apiDatabase.drop();
      await rawDatabase.drop();
    }
  } finally {
    cluster?.stop();
  }
}

/** The schema, as the server's start-up migrates it, so that the floor writes into the same tables and indexes. */
async function migrated(databaseUrl: string): Promise<void> {
  const config = loadConfig({ ...databaseOnly(databaseUrl), TRIANGULATE_ADMIN_PASSWORD: randomUUID() });
  await (await startBackend(config, pino({ level: 'silent' }))).close();
}

/** What the floors write of each row, column by column, with the same values the import stores. */
const floor = {
  sources: [
    'version',
    'created_at',
    'updated_at',
    'name',
    'name_key',
    'short_name',
    'kind',
    'group_label',
    'reliability',
  ],
  metrics: ['version', 'created_at', 'updated_at', 'name', 'name_key', 'unit', 'topic'],
  claims: [
    'version',
    'created_at',
    'updated_at',
    'metric_id',
    'source_id',
    'value_kind',
    'value',
    'value_low',
    'value_high',
    'scope',
    'stated_on',
    'via',
    'reported_by',
    'citation_url',
    'quote',
    'credibility',
    'notes',
  ],
  source: (r: Row, now: string) => {
    const name = String(r.source);
    return [1, now, now, name, name.toLowerCase(), r.sourceShortName, r.sourceKind, r.sourceGroup, r.sourceReliability];
  },
  metric: (r: Row, now: string) => {
    const name = String(r.metric);
    return [1, now, now, name, name.toLowerCase(), r.metricUnit, r.metricTopic];
  },
  claim: (r: Row, now: string, metricId: number | bigint, sourceId: number | bigint) => [
    1,
    now,
    now,
    metricId,
    sourceId,
    r.valueKind,
    r.value,
    r.low,
    r.high,
    r.scope,
    r.statedOn,
    r.via,
    r.reportedBy,
    r.citationUrl,
    r.quote,
    r.credibility,
    r.notes,
  ],
};

/** The first row of each source and of each metric, in the order the file names them. */
function firstRowsOf(rows: readonly Row[], column: 'source' | 'metric'): Row[] {
  const first = new Map<Row[typeof column], Row>();
  for (const row of rows) if (!first.has(row[column])) first.set(row[column], row);
  return [...first.values()];
}

/** One value in COPY's text format: \N for null, and its backslashes, tabs and line breaks escaped. */
const copyValue = (value: unknown) =>
  value === null
    ? '\\N'
    : String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);

async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: unknown[][]) {
  const text = rows.map((row) => row.map(copyValue).join('\t') + '\n').join('');
  await pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
}

/**
 * PostgreSQL's floor: the same claims, sources and metrics COPY'd into a migrated database in one
 * transaction, with no checks and no revisions. pg-copy-streams is here, and only here, because
 * pg has no COPY of its own; the import itself sends each chunk as one statement (see bulkInsert.ts).
 */
async function rawCopy(databaseUrl: string, rows: readonly Row[]): Promise<number> {
  await migrated(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const now = new Date().toISOString();
    const started = performance.now();
    await client.query('begin');
    await copyRows(
      client,
      'sources',
      floor.sources,
      firstRowsOf(rows, 'source').map((r) => floor.source(r, now)),
    );
    await copyRows(
      client,
      'metrics',
      floor.metrics,
      firstRowsOf(rows, 'metric').map((r) => floor.metric(r, now)),
    );
    const idsByName = async (table: string) =>
      new Map(
        (await client.query<{ id: number; name: string }>(`select id, name from ${table}`)).rows.map((r) => [
          r.name,
          r.id,
        ]),
      );
    const [sourceIds, metricIds] = [await idsByName('sources'), await idsByName('metrics')];
    const claims = rows.map((r) =>
      floor.claim(r, now, metricIds.get(String(r.metric))!, sourceIds.get(String(r.source))!),
    );
    await copyRows(client, 'claims', floor.claims, claims);
    await client.query('commit');
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

/** The floor: the same claims, sources and metrics into a migrated database, with no checks and no revisions. */
async function rawInserts(dbPath: string, rows: readonly Row[]): Promise<number> {
  await migrated(dbPath);
  const db = new SQLite(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const now = new Date().toISOString();
    const insert = (table: string, columns: readonly string[]) =>
      db.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    const [insertSource, insertMetric, insertClaim] = [
      insert('sources', floor.sources),
      insert('metrics', floor.metrics),
      insert('claims', floor.claims),
    ];
    const started = performance.now();
    db.transaction(() => {
      const sourceIds = new Map<string | number | null, number | bigint>();
      const metricIds = new Map<string | number | null, number | bigint>();
      for (const r of rows) {
        let sourceId = sourceIds.get(r.source);
        if (sourceId === undefined) {
          sourceId = insertSource.run(floor.source(r, now)).lastInsertRowid;
          sourceIds.set(r.source, sourceId);
        }
        let metricId = metricIds.get(r.metric);
        if (metricId === undefined) {
          metricId = insertMetric.run(floor.metric(r, now)).lastInsertRowid;
          metricIds.set(r.metric, metricId);
        }
        insertClaim.run(floor.claim(r, now, metricId, sourceId));
      }
    })();
    return performance.now() - started;
  } finally {
    db.close();
  }
}

type ApiTimings = Awaited<ReturnType<typeof throughApi>>;

const rowsPerSecond = (rows: number, ms: number) => (rows / ms) * 1000;

function apiTimings(rows: number, api: ApiTimings): string[][] {
  const row = (path: string, ms: number) => [path, milliseconds(ms), figure(rowsPerSecond(rows, ms))];
  return [
    row('POST /api/import?dryRun=true (parse, check)', api.dryRunMs),
    row('POST /api/import (parse, check, write)', api.importMs),
    row('GET /api/export?format=csv', api.exportMs),
  ];
}

function report(
  rows: number,
  api: ApiTimings,
  raw: { path: string; name: string; ms: number },
  target: { rowsPerSecond: number; ratio: number },
): void {
  const perSecond = (ms: number) => rowsPerSecond(rows, ms);
  printTable(
    ['path', 'time', 'rows/s'],
    [[raw.path, milliseconds(raw.ms), figure(perSecond(raw.ms))], ...apiTimings(rows, api)],
  );
  const importRate = perSecond(api.importMs);
  const ratio = api.importMs > 0 ? raw.ms / api.importMs : 0;
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  // Figures, not assertions: a busy laptop must not turn the benchmark red.
  console.log(
    `\nImport: ${figure(importRate)} rows/s (target ≥ ${figure(target.rowsPerSecond)}: ${met(importRate >= target.rowsPerSecond)})`,
  );
  console.log(
    `Ratio import / ${raw.name}: ${ratio.toFixed(2)}× (target ≥ ${target.ratio}×: ${met(ratio >= target.ratio)})`,
  );
  console.log(`Export: ${megabytes(api.exportBytes)} of CSV`);
}
