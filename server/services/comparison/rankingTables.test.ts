import { describe, expect, it } from 'vitest';
import { rankingTables, type RankedRow, type ReadRows, type RowsDiffering } from './rankingTables.js';

const basis = { asOf: '2025-06-01', includeImprobable: false };
const row = (metricId: number, version: number): RankedRow => ({
  metricId,
  json: JSON.stringify({ metricId, version }),
  ordersOfMagnitude: null,
  disjoint: false,
  name: `Metric ${metricId}`,
  topic: null,
});

/** A database of metrics at versions, read as the reader thread reads it, every read logged. */
function fakeDatabase(live: Map<number, number>) {
  const reads: (number[] | null)[] = [];
  const read: ReadRows = async (_basis, ids) => {
    reads.push(ids);
    const wanted = ids ?? [...live.keys()];
    return {
      rows: wanted.filter((id) => live.has(id)).map((id) => row(id, live.get(id)!)),
      gone: (ids ?? []).filter((id) => !live.has(id)),
    };
  };
  /** Which metrics' rows differ between two dates, as the test says. */
  const differ = { ids: [] as number[], asked: [] as [string, string][] };
  const differing: RowsDiffering = async (basis, other) => {
    differ.asked.push([basis.asOf, other]);
    return differ.ids;
  };
  return { read, reads, differing, differ };
}

/** Tables over a database of three metrics, each at version 1. */
function threeMetrics() {
  const live = new Map([
    [1, 1],
    [2, 1],
    [3, 1],
  ]);
  const db = fakeDatabase(live);
  return { live, db, tables: rankingTables({ read: db.read, differing: db.differing, maxWeight: 1e6 }) };
}

const versions = (rows: RankedRow[]) => Object.fromEntries(rows.map((r) => [r.metricId, JSON.parse(r.json).version]));

describe('the overview rows kept per as-of date', () => {
  it('reads every metric once, then only the metrics that writes touched', async () => {
    const { live, db, tables } = threeMetrics();
    expect(versions(await tables.rows(basis))).toEqual({ 1: 1, 2: 1, 3: 1 });
    live.set(2, 2);
    live.delete(3);
    live.set(4, 1);
    tables.invalidate([2, 3, 4]);
    expect(versions(await tables.rows(basis))).toEqual({ 1: 1, 2: 2, 4: 1 });
    expect(await tables.rows(basis)).toHaveLength(3);
    expect(db.reads).toEqual([null, [2, 3, 4]]);
    tables.invalidate(undefined);
    await tables.rows(basis);
    expect(db.reads.at(-1)).toBeNull();
  });

  it('mends only the tables as of the date a write was stated on or later', async () => {
    const live = new Map([[1, 1]]);
    const db = fakeDatabase(live);
    const tables = rankingTables({ read: db.read, differing: db.differing, maxWeight: 1e6 });
    const later = { ...basis, asOf: '2025-09-01' };
    await tables.rows(basis);
    await tables.rows(later);
    live.set(1, 2);
    tables.invalidate([1], '2025-06-02');
    expect(versions(await tables.rows(basis))).toEqual({ 1: 1 });
    expect(versions(await tables.rows(later))).toEqual({ 1: 2 });
    tables.invalidate([1], basis.asOf);
    await tables.rows(basis);
    // The later table was copied from the earlier, which no claim between the two dates made differ.
    expect(db.reads).toEqual([null, [1], [1]]);
  });

  it('starts a new date from the nearest table that shows every write, reading only the rows that differ', async () => {
    const { live, db, tables } = threeMetrics();
    await tables.rows({ ...basis, asOf: '2025-01-01' });
    await tables.rows(basis);
    live.set(2, 2);
    live.set(3, 2);
    db.differ.ids = [2];
    // Metric 3 was written since: stale in every table, and read with the rows that differ.
    tables.invalidate([3]);
    expect(versions(await tables.rows({ ...basis, asOf: '2025-05-01' }))).toEqual({ 1: 1, 2: 2, 3: 2 });
    // Neither kept table showed the write to metric 3 yet: the new date was read in full.
    expect(db.reads.at(-1)).toBeNull();
    await tables.rows(basis);
    await tables.rows({ ...basis, asOf: '2025-01-01' });
    db.differ.ids = [1];
    live.set(1, 3);
    await tables.rows({ ...basis, asOf: '2025-07-01' });
    expect(db.differ.asked.at(-1)).toEqual(['2025-07-01', basis.asOf]);
    expect(db.reads.at(-1)).toEqual([1]);
    // Graded improbable claims counted: another ranking, read afresh.
    await tables.rows({ asOf: '2025-07-02', includeImprobable: true });
    expect(db.reads.at(-1)).toBeNull();
  });

  it('shows a write heard while an earlier read was still going, to a request made after it', async () => {
    const live = new Map([[1, 1]]);
    const db = fakeDatabase(live);
    let release!: () => void;
    const slowFirst: ReadRows = async (b, ids) => {
      if (db.reads.length === 0) await new Promise<void>((resolve) => (release = resolve));
      return db.read(b, ids);
    };
    const tables = rankingTables({ read: slowFirst, differing: db.differing, maxWeight: 1e6 });
    const before = tables.rows(basis);
    live.set(1, 2);
    tables.invalidate([1]);
    const after = tables.rows(basis);
    release();
    expect(versions(await before)[1]).toBeGreaterThanOrEqual(1);
    expect(versions(await after)).toEqual({ 1: 2 });
  });

  it('reads again what a failed read left stale', async () => {
    const live = new Map([[1, 1]]);
    const db = fakeDatabase(live);
    let fail = true;
    const flaky: ReadRows = async (b, ids) => {
      if (fail) throw new Error('database away');
      return db.read(b, ids);
    };
    const tables = rankingTables({ read: flaky, differing: db.differing, maxWeight: 1e6 });
    await expect(tables.rows(basis)).rejects.toThrow('database away');
    fail = false;
    expect(versions(await tables.rows(basis))).toEqual({ 1: 1 });
  });

  it('drops the tables of the dates least recently read once they weigh more than the budget', async () => {
    const live = new Map([[1, 1]]);
    const db = fakeDatabase(live);
    const tables = rankingTables({ read: db.read, differing: db.differing, maxWeight: row(1, 1).json.length * 2 });
    db.differ.ids = [1];
    for (const asOf of ['2025-01-01', '2025-02-01', '2025-03-01']) await tables.rows({ ...basis, asOf });
    await tables.rows({ ...basis, asOf: '2025-03-01' });
    expect(db.reads).toHaveLength(3);
    await tables.rows({ ...basis, asOf: '2025-01-01' });
    expect(db.reads).toHaveLength(4);
  });
});
