import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvDocument } from '../../shared/csv.js';
import { csvHeader } from '../../shared/dataset/csvColumns.js';
import { datasetFormat, datasetVersion } from '../../shared/dataset/datasetFile.js';
import type { Change } from '../../server/services/changes.js';
import { rowsPerChunk } from '../../server/services/import/plan.js';
import { expectProblem } from '../support/problems.js';
import { createTestApp } from '../support/testApp.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * PostgreSQL writes an import its own way (one statement a chunk, snapshots built in JavaScript,
 * claims counted per statement); SQLite's path is the reference it must match, row for row.
 */
let postgres: TestApp;
let sqlite: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'triangulate-import-as-on-sqlite-'));
beforeAll(async () => {
  postgres = await createTestApp();
  sqlite = await createTestApp({ env: { DATABASE_URL: join(dir, 'reference.db') } });
});
afterAll(async () => {
  await postgres?.close();
  await sqlite?.close();
  rmSync(dir, { recursive: true, force: true });
});

const claimCount = Math.round(rowsPerChunk * 2.6);

/**
 * Thousands of claims over three chunks: every kind of figure, text that needs escaping, deleted
 * records, metrics part of one named before or after them, and repeats of claims in other chunks.
 */
function largeFile() {
  const sources = Array.from({ length: 40 }, (_, i) => ({
    id: i + 1,
    name: `Source ${i} "quoted"\tand tabbed`,
    shortName: i % 3 ? `S${i}` : null,
    kind: i % 2 ? 'government' : 'independent_media',
    group: ['Side A', 'Side B', null][i % 3],
    reliability: 'ABCDEF'[i % 6],
    party: i % 4 === 0,
    notes: i % 5 ? null : 'line one\nline two \\ backslash',
    deleted: i === 7,
  }));
  const metrics = Array.from({ length: 12 }, (_, i) => ({
    id: 100 + i,
    name: `Metric ${i} — é 中`,
    unit: 'people',
    topic: i % 2 ? 'Casualties' : null,
    description: null,
    tolerance: [null, 0.05, 0.2][i % 3],
    // The first is part of one later in the file, the last of one before it.
    partOfMetricId: i === 0 ? 105 : i === 11 ? 101 : null,
    deleted: i === 9,
  }));
  const values = [
    (n: number) => ({ kind: 'exact', value: n + 0.1 + 0.2 }),
    (n: number) => ({ kind: 'approximate', value: n * 1000 }),
    (n: number) => ({ kind: 'at_least', value: 123_456_789.123_456_79 + n }),
    (n: number) => ({ kind: 'at_most', value: n }),
    (n: number) => ({ kind: 'range', low: n, high: n * 2 + 1 }),
    () => ({ kind: 'statement' }),
  ];
  const claims = Array.from({ length: claimCount }, (_, i) => ({
    id: 1000 + i,
    metricId: 100 + (i % 12 === 9 ? 10 : i % 12),
    sourceId: 1 + (i % 40 === 7 ? 8 : i % 40),
    value: values[i % values.length]!(i),
    scope: i % 4 ? 'killed' : null,
    coverage: ['whole', 'part', null][i % 3],
    statedOn: i % 7 ? `2025-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}` : null,
    via: i % 11 ? null : 'lawmaker after a briefing',
    reportedBy: i % 3 ? null : 'Wire "service"',
    citationUrl: i % 2 ? `https://example.org/report?id=${i}&b=2` : null,
    quote: i % 5 ? null : `More than ${i} —\r\n "said"`,
    credibility: 1 + (i % 6),
    // Repeats across chunks, forwards and backwards.
    repeatsClaimId: i === 30 ? 1000 + claimCount - 5 : i === claimCount - 3 ? 1010 : null,
    notes: i % 13 ? null : 'stale',
    deleted: i % 97 === 0,
  }));
  return { format: datasetFormat, version: datasetVersion, sources, metrics, claims };
}

const timestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** Every timestamp as one placeholder: the two imports ran at different moments. */
const withoutTimes = (value: unknown): unknown =>
  typeof value === 'string' && timestamp.test(value)
    ? 'at'
    : Array.isArray(value)
      ? value.map(withoutTimes)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutTimes(v)]))
        : value;

/** What the database holds, as stored: every row of the records, their revisions and the claim counts. */
async function stored(app: TestApp) {
  const { db } = app.storage;
  const revisions = await db.selectFrom('revisions').selectAll().orderBy('id').execute();
  return {
    sources: await db.selectFrom('sources').selectAll().orderBy('id').execute(),
    metrics: await db.selectFrom('metrics').selectAll().orderBy('id').execute(),
    claims: await db.selectFrom('claims').selectAll().orderBy('id').execute(),
    counts: await db.selectFrom('source_claim_counts').selectAll().orderBy('source_id').execute(),
    // Parsed: each database writes JSON with its own spacing.
    revisions: revisions.map((r) => ({ ...r, snapshot: JSON.parse(r.snapshot) as unknown })),
  };
}

/** The stored rows of both databases, to compare, with every timestamp as one placeholder. */
const storedAlike = async (app: TestApp) => withoutTimes(await stored(app));

async function importAnnounced(app: TestApp, file: object) {
  const announced: Change[] = [];
  const unsubscribe = app.services.feed.subscribe((changes) => announced.push(...changes));
  try {
    const res = await request(app.app).post('/api/import').send(file).expect(201);
    return { body: res.body, announced };
  } finally {
    unsubscribe();
  }
}

describe('an import of thousands of records on PostgreSQL', () => {
  it('writes exactly what SQLite writes: records, revisions by the importing user, counts and announcements', async () => {
    const file = largeFile();
    const [onPostgres, onSqlite] = [await importAnnounced(postgres, file), await importAnnounced(sqlite, file)];
    expect(onPostgres.body).toEqual({
      rows: claimCount,
      created: { sources: 40, metrics: 12, claims: claimCount },
    });
    expect(onPostgres.body).toEqual(onSqlite.body);
    expect(onPostgres.announced).toEqual(onSqlite.announced);

    expect(await storedAlike(postgres)).toEqual(await storedAlike(sqlite));
    const written = await stored(postgres);
    const { revisions } = written;
    const deleted = file.sources.filter((r) => r.deleted).length + file.metrics.filter((r) => r.deleted).length;
    const deletedClaims = file.claims.filter((r) => r.deleted).length;
    // Each record its create, each deleted one its delete, all by the editor who imported.
    expect(revisions).toHaveLength(40 + 12 + claimCount + deleted + deletedClaims);
    const editor = await postgres.storage.db.selectFrom('users').select('id').where('role', '=', 'editor').execute();
    expect(new Set(revisions.map((r) => r.user_id))).toEqual(new Set(editor.map((u) => u.id)));

    // A snapshot reads as the record does through the API, after the repeats and wholes were linked.
    const repeating = written.claims.find((c) => c.repeats_claim_id !== null)!;
    const claim = (await request(postgres.app).get(`/api/claims/${repeating.id}`).expect(200)).body;
    const history = (await request(postgres.app).get(`/api/claims/${repeating.id}/history`).expect(200)).body.items;
    expect(history.map((h: { snapshot: object }) => h.snapshot)).toEqual([claim]);
  });

  it('leaves the ids to go on from: later records get the next ids, as on SQLite', async () => {
    const next = async (app: TestApp) => {
      const source = (await request(app.app).post('/api/sources').send({ name: 'After the import' }).expect(201)).body;
      const metric = (await request(app.app).post('/api/metrics').send({ name: 'Later', unit: 'people' }).expect(201))
        .body;
      const claim = (
        await request(app.app)
          .post('/api/claims')
          .send({ metricId: metric.id, sourceId: source.id, value: { kind: 'exact', value: 1 } })
          .expect(201)
      ).body;
      const history = (await request(app.app).get(`/api/claims/${claim.id}/history`).expect(200)).body.items;
      return { ids: [source.id, metric.id, claim.id], revision: history[0].id as number };
    };
    const [onPostgres, onSqlite] = [await next(postgres), await next(sqlite)];
    expect(onPostgres.ids).toEqual([41, 13, claimCount + 1]);
    expect(onPostgres).toEqual(onSqlite);
    expect(await storedAlike(postgres)).toEqual(await storedAlike(sqlite));
  });
});

describe('an import that fails part-way on PostgreSQL', () => {
  it('leaves nothing when a name it creates is taken while it writes, and announces nothing', async () => {
    const app = await createTestApp();
    const other = new pg.Client({ connectionString: app.databaseUrl });
    await other.connect();
    const claimIdsTaken = async () =>
      (
        await other.query<{ n: number }>(
          `select last_value::int as n from pg_sequences where sequencename = 'claims_id_seq'`,
        )
      ).rows[0]!.n;
    try {
      const before = await stored(app);
      const late = 'Named by another writer meanwhile';
      // A CSV creates a source at the first row that names it: here in the last chunk, once the
      // first chunks are written.
      const csv = csvDocument(
        csvHeader,
        Array.from({ length: claimCount }, (_, i) =>
          csvHeader.map(
            (column) =>
              ({
                source: i >= claimCount - 10 ? late : 'Named first',
                metric: 'Metric',
                metricUnit: 'people',
                valueKind: 'exact',
                value: i,
              })[column as string] ?? null,
          ),
        ),
      );

      // Held uncommitted, the other writer's source is not there when the import looks names up;
      // the import's insert of the same name then waits for it, and fails once it commits.
      await other.query('begin');
      await other.query(
        `insert into sources (version, created_at, updated_at, name, name_key, kind, reliability)
         values (1, '2025-01-01', '2025-01-01', $1, lower($1), 'other', 'F')`,
        [late],
      );
      const announced: Change[] = [];
      const unsubscribe = app.services.feed.subscribe((changes) => announced.push(...changes));
      const answer = request(app.app)
        .post('/api/import')
        .set('Content-Type', 'text/csv')
        .send(csv)
        .then((res) => res);
      const waiting = async () =>
        (
          await other.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
          )
        ).rows[0]!.n;
      await expect.poll(waiting, { timeout: 20_000 }).toBe(1);
      // Sequences go on whatever rolls back: the claims of the first chunks were written.
      const taken = await claimIdsTaken();
      expect(taken).toBeGreaterThanOrEqual(2 * rowsPerChunk);
      await other.query('commit');
      const res = await answer;
      unsubscribe();

      expectProblem(res, 409, 'name');
      expect(announced).toEqual([]);
      const after = await stored(app);
      // Only the other writer's source: no claim, metric, count or revision of the import.
      expect({ ...after, sources: after.sources.slice(0, -1) }).toEqual(before);
      expect(after.sources.at(-1)).toMatchObject({ name: late });

      // The ids the undone import took are not given again: the next claim comes after them.
      const metric = (await request(app.app).post('/api/metrics').send({ name: 'M', unit: 'people' }).expect(201)).body;
      const sourceId = after.sources.at(-1)!.id;
      const claim = await request(app.app)
        .post('/api/claims')
        .send({ metricId: metric.id, sourceId, value: { kind: 'exact', value: 1 } })
        .expect(201);
      expect(claim.body.id).toBe(taken + 1);
    } finally {
      await other.end();
      await app.close();
    }
  });
});
