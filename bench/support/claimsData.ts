import SQLite from 'better-sqlite3';
import { sourceKinds } from '../../shared/schemas/source.js';
import { seededRandom, type Random } from './random.js';

export interface DatasetSize {
  sources: number;
  metrics: number;
  claims: number;
}

const kindWeights = { exact: 30, approximate: 30, at_least: 12, at_most: 7, range: 16, statement: 5 } as const;
const groups = ['Side A', 'Side B', 'Third parties', null] as const;
const reliabilities = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const topics = ['Casualties', 'Displacement', 'Equipment', 'Aid', null] as const;
// Near-synonyms on purpose: free-text scopes that differ only in wording must raise nothing.
const scopes = ['killed', 'killed and wounded', 'Killed', 'civilians killed', null, null] as const;

/**
 * Fills the claims database of a migrated, empty SQLite file directly, in one transaction: going
 * through the services would write a revision per claim and take minutes for a million rows.
 * Revisions are skipped: the comparison endpoint never reads them.
 *
 * Claims of all metrics and sources are interleaved in id order, as they would be when entered over
 * time; a metric's 10,000 claims are therefore spread across the whole table, the realistic (and
 * slower) layout for the uncached query.
 */
export function generateClaims(dbPath: string, size: DatasetSize, seed = 20261126): void {
  const random = seededRandom(seed);
  const db = new SQLite(dbPath);
  try {
    // Only this connection's cache: big enough that index inserts in random order don't thrash.
    db.pragma('cache_size = -524288');
    db.transaction(() => {
      insertSources(db, size.sources);
      const magnitudes = insertMetrics(db, size.metrics, random);
      insertClaims(db, size, magnitudes, random);
    })();
    // Folds the write-ahead log into the file, so the server starts on a plain database and the
    // file size printed is the real one.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

const stamp = (ms: number) => new Date(ms).toISOString();
const start2023 = Date.UTC(2023, 0, 1);
const dayMs = 86_400_000;
const daysIn2023To2026 = 4 * 365 + 1;

function insertSources(db: SQLite.Database, count: number): void {
  const insert = db.prepare(
    `insert into sources (id, version, created_at, updated_at, deleted_at, name, name_key, short_name, kind,
       country, group_label, reliability, url, notes)
     values (?, 1, ?, ?, null, ?, ?, ?, ?, null, ?, ?, ?, null)`,
  );
  for (let id = 1; id <= count; id++) {
    const name = `Bench source ${id}`;
    const created = stamp(start2023);
    insert.run(
      id,
      created,
      created,
      name,
      name.toLowerCase(),
      `BS${id}`,
      sourceKinds[id % sourceKinds.length],
      groups[id % groups.length],
      reliabilities[id % reliabilities.length],
      `https://source-${id}.example.org/`,
    );
  }
}

/** Returns each metric's order of magnitude, so that one metric's claims are of one size. */
function insertMetrics(db: SQLite.Database, count: number, random: Random): number[] {
  const insert = db.prepare(
    `insert into metrics (id, version, created_at, updated_at, deleted_at, name, name_key, unit, topic, description)
     values (?, 1, ?, ?, null, ?, ?, 'people', ?, ?)`,
  );
  const magnitudes = [0];
  for (let id = 1; id <= count; id++) {
    const name = `Bench metric ${id}`;
    const created = stamp(start2023);
    insert.run(id, created, created, name, name.toLowerCase(), topics[id % topics.length], `Generated metric ${id}`);
    magnitudes.push(10 ** random.int(2, 6));
  }
  return magnitudes;
}

/** `YYYY-MM-DD` mostly, some `YYYY-MM` and `YYYY`, and a few undated claims. */
function statedOn(random: Random): string | null {
  const r = random.next();
  if (r < 0.01) return null;
  const day = stamp(start2023 + random.int(0, daysIn2023To2026 - 1) * dayMs).slice(0, 10);
  if (r < 0.04) return day.slice(0, 4);
  if (r < 0.18) return day.slice(0, 7);
  return day;
}

function insertClaims(db: SQLite.Database, size: DatasetSize, magnitudes: number[], random: Random): void {
  const insert = db.prepare(
    `insert into claims (id, version, created_at, updated_at, deleted_at, metric_id, source_id, value_kind, value,
       value_low, value_high, scope, stated_on, via, reported_by, citation_url, quote, credibility,
       repeats_claim_id, notes)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, null, null)`,
  );
  // Entered over roughly four years, one after the other.
  const stepMs = Math.floor((daysIn2023To2026 * dayMs) / size.claims);
  for (let id = 1; id <= size.claims; id++) {
    const metricId = random.int(1, size.metrics);
    const sourceId = random.int(1, size.sources);
    const kind = random.weighted(kindWeights);
    // Sources disagree by up to a factor of ten either way: the spread the comparison measures.
    const figure = Math.round(magnitudes[metricId]! * 10 ** (random.next() * 2 - 1));
    let value: number | null = null;
    let low: number | null = null;
    let high: number | null = null;
    if (kind === 'range') {
      low = figure;
      high = Math.round(figure * (1 + random.next()));
    } else if (kind === 'approximate') {
      value = Number(figure.toPrecision(2));
    } else if (kind !== 'statement') {
      value = figure;
    }
    const created = stamp(start2023 + id * stepMs);
    // About one in a hundred has been deleted since: the query must skip them.
    const deleted = random.next() < 0.01;
    insert.run(
      id,
      deleted ? 2 : 1,
      created,
      created,
      deleted ? created : null,
      metricId,
      sourceId,
      kind,
      value,
      low,
      high,
      random.pick(scopes),
      statedOn(random),
      random.next() < 0.5 ? `https://source-${sourceId}.example.org/reports/${id}` : null,
      random.next() < 0.3 ? `Officials said the figure stood at ${figure} as of the latest count.` : null,
      random.int(1, 6),
    );
  }
}
