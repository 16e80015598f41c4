import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
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
 * The same import then runs on PostgreSQL: BENCH_DATABASE_URL (a server where the bench may create
 * and drop a database), else a throwaway cluster from Debian's binaries, else it says it skipped.
 */
const size = { sources: 50, metrics: 100, claims: envNumber('BENCH_IMPORT_ROWS', 100_000) };
const targets = { rowsPerSecond: 100_000, ratio: 0.3 };

export const importBench: Bench = {
  name: `Import (issue: dataset import): ${figure(size.claims)} CSV rows through POST /api/import vs raw better-sqlite3 inserts`,
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
    report(rows.length, api, rawMs);
    await onPostgres(rows.length, csv);
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

async function onPostgres(rows: number, csv: string): Promise<void> {
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
    const database = await scratchDatabase(given ?? cluster!.url, 'bench_import');
    try {
      const api = await throughApi(database.url, csv);
      // The throwaway cluster skips fsync: its figures are the server's work, not a disk's.
      console.log(`\nPostgreSQL (${given ? 'BENCH_DATABASE_URL' : 'throwaway cluster, fsync off'}):`);
      printTable(['path', 'time', 'rows/s'], apiTimings(rows, api));
    } finally {
      await database.drop();
    }
  } finally {
    cluster?.stop();
  }
}

/** The floor: the same claims, sources and metrics into a migrated database, with no checks and no revisions. */
async function rawInserts(dbPath: string, rows: readonly Row[]): Promise<number> {
  // The server's start-up creates the schema, so both sides write into the same tables and indexes.
  const config = loadConfig({ ...databaseOnly(dbPath), TRIANGULATE_ADMIN_PASSWORD: randomUUID() });
  await (await startBackend(config, pino({ level: 'silent' }))).close();
  const db = new SQLite(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  try {
    const now = new Date().toISOString();
    const insertSource = db.prepare(
      `insert into sources (version, created_at, updated_at, name, name_key, short_name, kind, group_label, reliability)
       values (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMetric = db.prepare(
      `insert into metrics (version, created_at, updated_at, name, name_key, unit, topic) values (1, ?, ?, ?, ?, ?, ?)`,
    );
    const insertClaim = db.prepare(
      `insert into claims (version, created_at, updated_at, metric_id, source_id, value_kind, value, value_low,
         value_high, scope, stated_on, via, reported_by, citation_url, quote, credibility, notes)
       values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const started = performance.now();
    db.transaction(() => {
      const sourceIds = new Map<string | number | null, number | bigint>();
      const metricIds = new Map<string | number | null, number | bigint>();
      for (const r of rows) {
        let sourceId = sourceIds.get(r.source);
        if (sourceId === undefined) {
          const name = String(r.source);
          const s = [r.sourceShortName, r.sourceKind, r.sourceGroup, r.sourceReliability];
          sourceId = insertSource.run(now, now, name, name.toLowerCase(), ...s).lastInsertRowid;
          sourceIds.set(r.source, sourceId);
        }
        let metricId = metricIds.get(r.metric);
        if (metricId === undefined) {
          const name = String(r.metric);
          metricId = insertMetric.run(now, now, name, name.toLowerCase(), r.metricUnit, r.metricTopic).lastInsertRowid;
          metricIds.set(r.metric, metricId);
        }
        const {
          valueKind,
          value,
          low,
          high,
          scope,
          statedOn,
          via,
          reportedBy,
          citationUrl,
          quote,
          credibility,
          notes,
        } = r;
        const claim = [
          valueKind,
          value,
          low,
          high,
          scope,
          statedOn,
          via,
          reportedBy,
          citationUrl,
          quote,
          credibility,
          notes,
        ];
        insertClaim.run(now, now, metricId, sourceId, ...claim);
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

function report(rows: number, api: ApiTimings, rawMs: number): void {
  const perSecond = (ms: number) => rowsPerSecond(rows, ms);
  printTable(
    ['path', 'time', 'rows/s'],
    [
      ['raw better-sqlite3 inserts, one transaction', milliseconds(rawMs), figure(perSecond(rawMs))],
      ...apiTimings(rows, api),
    ],
  );
  const importRate = perSecond(api.importMs);
  const ratio = api.importMs > 0 ? rawMs / api.importMs : 0;
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  // Figures, not assertions: a busy laptop must not turn the benchmark red.
  console.log(
    `\nImport: ${figure(importRate)} rows/s (target ≥ ${figure(targets.rowsPerSecond)}: ${met(importRate >= targets.rowsPerSecond)})`,
  );
  console.log(
    `Ratio import / raw inserts: ${ratio.toFixed(2)}× (target ≥ ${targets.ratio}×: ${met(ratio >= targets.ratio)})`,
  );
  console.log(`Export: ${megabytes(api.exportBytes)} of CSV`);
}
