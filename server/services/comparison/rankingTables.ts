/** One metric's row of the overview, as JSON, with what it is ranked (its ranked spread) and filtered by. */
export interface RankedRow {
  metricId: number;
  json: string;
  ordersOfMagnitude: number | null;
  disjoint: boolean;
  name: string;
  topic: string | null;
}

/** What a ranking is read for: the as-of date, and whether claims graded improbable count. */
export interface RankingBasis {
  asOf: string;
  includeImprobable: boolean;
}

/** The rows of these metrics (every live one, for null), and which of those asked for are not live. */
export type ReadRows = (
  basis: RankingBasis,
  metricIds: number[] | null,
) => Promise<{ rows: RankedRow[]; gone: number[] }>;

/** The live metrics whose rows as of the basis may differ from theirs as of the other date. */
export type RowsDiffering = (basis: RankingBasis, other: string) => Promise<number[]>;

interface Table {
  asOf: string;
  rows: Map<number, RankedRow>;
  /** The metrics whose rows a write has made stale since they were read; 'all' before the first read. */
  stale: Set<number> | 'all';
  /**
   * The date of the table whose rows these were copied from, until the rows that differ between
   * the two dates are read; null once they are, or for a table first read in full.
   */
  copiedFrom: string | null;
  /** Writes heard, and writes whose effect the rows show: a read waits until the two meet. */
  heard: number;
  shown: number;
  refreshing: Promise<void> | null;
  weight: number;
}

/**
 * Every metric's overview row, per as-of date, kept and mended as claims change: a write to one
 * metric reads that metric's row again, not all of them, so the overview stays cheap however
 * often editors save. The tables weigh at most `maxWeight` bytes together, the least recently
 * read dropped first.
 *
 * A date not read before starts from the table of the nearest date that shows every write heard,
 * if there is one, and reads again only the rows that differ between the two dates: a row reads
 * the claims stated by its date and nothing else of it, so a viewer stepping through dates on a
 * large catalogue reads the metrics with claims stated in each step, not every metric each time.
 */
export function rankingTables({
  read,
  differing,
  maxWeight,
}: {
  read: ReadRows;
  differing: RowsDiffering;
  maxWeight: number;
}) {
  const tables = new Map<string, Table>();

  const showsEveryWrite = (table: Table) =>
    table.shown === table.heard && table.refreshing === null && table.stale !== 'all' && table.stale.size === 0;
  const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b));

  /** A table for a date not read before, copied from the nearest one that shows every write heard. */
  function newTable(basis: RankingBasis): Table {
    let nearest: Table | undefined;
    for (const [key, table] of tables) {
      if (!key.endsWith(`|${basis.includeImprobable}`) || !showsEveryWrite(table)) continue;
      if (!nearest || daysApart(table.asOf, basis.asOf) < daysApart(nearest.asOf, basis.asOf)) nearest = table;
    }
    const fresh = { asOf: basis.asOf, heard: 1, shown: 0, refreshing: null };
    if (!nearest) return { ...fresh, rows: new Map(), stale: 'all', copiedFrom: null, weight: 0 };
    return {
      ...fresh,
      rows: new Map(nearest.rows),
      stale: new Set(),
      copiedFrom: nearest.asOf,
      weight: nearest.weight,
    };
  }

  function evictBeyondBudget() {
    let total = 0;
    for (const table of tables.values()) total += table.weight;
    for (const [key, table] of tables) {
      if (total <= maxWeight || tables.size === 1) break;
      tables.delete(key);
      total -= table.weight;
    }
  }

  async function refresh(table: Table, basis: RankingBasis): Promise<void> {
    const upTo = table.heard;
    const { stale, copiedFrom } = table;
    table.stale = new Set();
    table.copiedFrom = null;
    try {
      const ids = stale === 'all' ? null : [...stale];
      // Writes heard since the copy are in the stale set, and so are any heard while this is read.
      if (ids && copiedFrom !== null) ids.push(...(await differing(basis, copiedFrom)));
      if (ids === null || ids.length > 0) {
        const { rows, gone } = await read(basis, ids && [...new Set(ids)]);
        if (stale === 'all') table.rows = new Map();
        for (const id of gone) table.rows.delete(id);
        for (const row of rows) table.rows.set(row.metricId, row);
        table.weight = 0;
        for (const row of table.rows.values()) table.weight += row.json.length;
      }
      table.shown = upTo;
    } catch (error) {
      // Read again next time: what was stale still is, and so is anything written meanwhile.
      // A write heard meanwhile may have marked every row stale.
      const since = table.stale as Table['stale'];
      if (stale === 'all' || since === 'all') table.stale = 'all';
      else {
        for (const id of stale) since.add(id);
        table.copiedFrom = copiedFrom;
      }
      throw error;
    } finally {
      table.refreshing = null;
    }
  }

  return {
    /** Every live metric's row as of the basis, showing every write committed before the call. */
    async rows(basis: RankingBasis): Promise<RankedRow[]> {
      const key = `${basis.asOf}|${basis.includeImprobable}`;
      let table = tables.get(key);
      if (table) tables.delete(key);
      table ??= newTable(basis);
      tables.set(key, table);
      const wanted = table.heard;
      while (table.shown < wanted) await (table.refreshing ??= refresh(table, basis));
      evictBeyondBudget();
      return [...table.rows.values()];
    },

    /**
     * Marks these metrics' rows stale (every metric's, when none are named) in the tables as of
     * `statedFrom` or later: a row counts only the claims stated by its date, so a claim stated
     * after it leaves the row as it was. Every table's, without a date.
     */
    invalidate(metricIds: readonly number[] | undefined, statedFrom?: string) {
      for (const table of tables.values()) {
        if (statedFrom !== undefined && table.asOf < statedFrom) continue;
        table.heard++;
        if (metricIds === undefined) table.stale = 'all';
        else if (table.stale !== 'all') for (const id of metricIds) table.stale.add(id);
      }
    },
  };
}
