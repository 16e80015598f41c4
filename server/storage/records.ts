import { sql } from 'kysely';
import type { Db } from './database.js';
import { databaseKind } from './dialect.js';
import type { RecordTable } from './tables.js';
import { claimRows, metricRows, nameKey, namesOf, sourceRows, type Fields, type SnapshotSql } from './rows.js';
import { writeNameKeys } from './nameKeys.js';
import type { Claim, EntityType, Metric, Source } from '../../shared/schemas/index.js';

/** Values per `in (...)` list: well under either database's limit, with room for a statement's others. */
export const idsPerStatement = 10_000;

interface RecordMapping<T> {
  table: RecordTable;
  toDomain(row: never): T;
  toRow(fields: Fields<T>): object;
  snapshot: SnapshotSql;
}

const mappings: { source: RecordMapping<Source>; metric: RecordMapping<Metric>; claim: RecordMapping<Claim> } = {
  source: { table: 'sources', ...sourceRows },
  metric: { table: 'metrics', ...metricRows },
  claim: { table: 'claims', ...claimRows },
};
export type RecordOf<E extends EntityType> = E extends 'source' ? Source : E extends 'metric' ? Metric : Claim;

/** The table of one kind of record, and how its rows and domain objects map onto each other. */
export const recordMapping = <E extends EntityType>(entity: E) =>
  mappings[entity] as unknown as RecordMapping<RecordOf<E>>;

/**
 * The SQL every versioned record shares. Updates name the version they expect, so that of two
 * concurrent writers only the first one wins and the other learns of it.
 */
export function recordStore<E extends EntityType>(db: Db, entity: E) {
  const mapping = recordMapping(entity);
  const { table } = mapping;
  const toDomain = (row: unknown) => mapping.toDomain(row as never);
  const keepNameKeys = async (record: Source | Metric | Claim) => {
    if (entity !== 'claim' && 'aliases' in record) await writeNameKeys(db, entity, record.id, namesOf(record));
  };

  return {
    /**
     * `lock` holds the row until the transaction ends, on PostgreSQL: `share` to rely on it staying
     * as read (a claim's metric and source), `update` to change it. SQLite runs one write
     * transaction at a time and needs neither.
     */
    async get(id: number, lock?: 'share' | 'update'): Promise<RecordOf<E> | undefined> {
      let query = db.selectFrom(table).selectAll().where('id', '=', id);
      if (lock && databaseKind(db) === 'postgres') query = lock === 'share' ? query.forShare() : query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && toDomain(row);
    },

    /** The records with these ids that exist, deleted ones included, in id order. */
    async getMany(ids: readonly number[]): Promise<RecordOf<E>[]> {
      const found: RecordOf<E>[] = [];
      const sorted = [...ids].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length; i += idsPerStatement) {
        const rows = await db
          .selectFrom(table)
          .selectAll()
          .where('id', 'in', sorted.slice(i, i + idsPerStatement))
          .orderBy('id')
          .execute();
        for (const row of rows) found.push(toDomain(row));
      }
      return found;
    },

    async list(opts: { includeDeleted: boolean }): Promise<RecordOf<E>[]> {
      let query = db.selectFrom(table).selectAll().orderBy('id');
      if (!opts.includeDeleted) query = query.where('deleted_at', 'is', null);
      return (await query.execute()).map(toDomain);
    },

    async insert(fields: Fields<RecordOf<E>>, now: string): Promise<RecordOf<E>> {
      const row = await db
        .insertInto(table)
        .values({ ...mapping.toRow(fields), version: 1, created_at: now, updated_at: now, deleted_at: null } as never)
        .returningAll()
        .executeTakeFirstOrThrow();
      const record = toDomain(row);
      await keepNameKeys(record);
      return record;
    },

    /** Writes the new fields when the stored version is still `expectedVersion`; undefined otherwise. */
    async update(
      id: number,
      expectedVersion: number,
      change: { fields?: Fields<RecordOf<E>>; deletedAt?: string | null },
      now: string,
    ): Promise<RecordOf<E> | undefined> {
      const row = await db
        .updateTable(table)
        .set({
          ...(change.fields ? mapping.toRow(change.fields) : {}),
          ...(change.deletedAt !== undefined ? { deleted_at: change.deletedAt } : {}),
          version: expectedVersion + 1,
          updated_at: now,
        } as never)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      const record = row && toDomain(row);
      if (record && change.fields) await keepNameKeys(record);
      return record;
    },

    /** Whether the table holds no row, deleted ones included. */
    async isEmpty(): Promise<boolean> {
      return (await db.selectFrom(table).select('id').limit(1).executeTakeFirst()) === undefined;
    },
  };
}

/** Sources or metrics, deleted ones included, by `nameKey` of each name and alias they go by. */
export type RecordsByName = Map<string, { id: number; deleted: boolean }>;

/** The name keys of every source or metric, or of those among `keys`, with their record. */
async function namedRows(db: Db, entity: 'source' | 'metric', keys?: readonly string[]) {
  const { rows } = await sql<{ id: number; name_key: string; deleted_at: string | null }>`
    select r.id, k.name_key, r.deleted_at
    from name_keys k join ${sql.table(recordMapping(entity).table)} r on r.id = k.record_id
    where k.entity_type = ${entity} ${keys ? sql`and k.name_key in (${sql.join(keys)})` : sql``}`.execute(db);
  return rows;
}

function addByName(
  found: RecordsByName,
  rows: readonly { id: number; name_key: string; deleted_at: string | null }[],
): RecordsByName {
  for (const row of rows) found.set(row.name_key, { id: row.id, deleted: row.deleted_at !== null });
  return found;
}

/** The sources or metrics that go by these names or aliases, whatever their case. */
export async function findByNames(
  db: Db,
  entity: 'source' | 'metric',
  names: readonly string[],
): Promise<RecordsByName> {
  const found: RecordsByName = new Map();
  const keys = [...new Set(names.map(nameKey))];
  for (let i = 0; i < keys.length; i += idsPerStatement) {
    addByName(found, await namedRows(db, entity, keys.slice(i, i + idsPerStatement)));
  }
  return found;
}

/**
 * Every name and alias of every source or metric: an import checks its rows against these. Tables
 * of names stay small next to the claims that refer to them.
 */
export async function allNames(db: Db, entity: 'source' | 'metric'): Promise<RecordsByName> {
  return addByName(new Map(), await namedRows(db, entity));
}

/** Each metric that is part of another, by id, with its whole's: an import compares a file's wholes with them. */
export async function metricWholeIds(db: Db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('metrics')
    .select(['id', 'part_of_metric_id'])
    .where('part_of_metric_id', 'is not', null)
    .execute();
  return new Map(rows.flatMap((r) => (r.part_of_metric_id === null ? [] : [[r.id, r.part_of_metric_id]])));
}
