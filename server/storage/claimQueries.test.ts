import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Compilable } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { historyQuery, latestQuery } from './claimQueries.js';
import { migrateToLatest, openStorage } from './database.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-queries-'));
const path = join(dir, 'test.db');
const storage = await openStorage(path);
await migrateToLatest(storage.db);
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What SQLite says it will do for a query: one line per step. */
function planOf(query: Compilable): string[] {
  const { sql, parameters } = query.compile();
  const raw = new SQLite(path, { readonly: true });
  try {
    return raw
      .prepare(`explain query plan ${sql}`)
      .all(...parameters)
      .map((step) => (step as { detail: string }).detail);
  } finally {
    raw.close();
  }
}

const asOf = '2025-06-30';

describe('the comparison’s queries on SQLite', () => {
  it.each([true, false])(
    "read a metric's history from an index alone, in date order (improbable: %s)",
    (includeImprobable) => {
      // A column read that the index lacks would send each row to the table, and a sort would mean
      // the index no longer gives the order: both made the comparison several times slower.
      expect(planOf(historyQuery(storage.db, { metricId: 1, asOf, includeImprobable }))).toEqual([
        expect.stringMatching(/USING COVERING INDEX claims_analysed/),
      ]);
    },
  );

  it.each([{ metricId: 1 }, {}])("seek each source's latest claim by metric and source (%o)", (metric) => {
    const plan = planOf(latestQuery(storage.db, { ...metric, asOf, includeImprobable: false }));
    // Sought through the history's index instead, each source's latest claim read all of the metric's.
    expect(plan).toContainEqual(
      expect.stringMatching(/SEARCH c USING COVERING INDEX claims_latest_by_source \(metric_id=\? AND source_id=\?\)/),
    );
    expect(plan.join('\n')).not.toMatch(/claims_analysed/);
  });
});
