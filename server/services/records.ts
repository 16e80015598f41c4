import { isDeepStrictEqual } from 'node:util';
import type { EntityType, Revision } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore, type RecordOf } from '../storage/records.js';
import { insertRevisions, listRevisions } from '../storage/revisions.js';
import { fieldsOf, type Fields } from '../storage/rows.js';
import { currentUserId } from './actor.js';
import { metricsTouched, statedFrom, type Change, type ChangeFeed } from './changes.js';
import { conflict, notFound, versionConflict } from './errors.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { partsByWhole } from '../storage/metricQueries.js';

export interface RecordRules<E extends EntityType> {
  entity: E;
  /**
   * Throws a ProblemError when the fields break a rule that needs the database (references, unique
   * names). `stored` is the record as it stands when an update or restore is checked.
   */
  check(tx: Db, fields: Fields<RecordOf<E>>, stored?: RecordOf<E>): Promise<void>;
  /** Throws when the record may not be deleted now. */
  checkDelete?(tx: Db, id: number): Promise<void>;
  /** Keeps what depends on the record up to date with it, in the same transaction, unless it was deleted. */
  written?(tx: Db, record: RecordOf<E>): Promise<void>;
}

export const now = () => new Date().toISOString();

/**
 * Keeps writes in the records' history, by the signed-in user, and lists them to announce once
 * they commit. `action` is the revisions'; the announcement calls a merge a delete and its undoing a
 * restore, which is what they do to the merged record. Each written record may come with what it
 * was before the write (`previous`), which says what else the write altered.
 */
export async function recordRevisions<E extends EntityType>(
  tx: Db,
  entity: E,
  written: readonly { record: RecordOf<E>; previous?: RecordOf<E> | undefined }[],
  action: Revision['action'],
  changes: Change[],
): Promise<void> {
  const userId = currentUserId();
  await insertRevisions(
    tx,
    written.map(({ record }) => ({
      entityType: entity,
      entityId: record.id,
      action,
      version: record.version,
      snapshot: record,
      createdAt: record.updatedAt,
      userId,
    })),
  );
  const touched = written.map(({ record, previous }) => metricsTouched(entity, record, previous));
  // A part's comparison reads its whole's claims, name and tolerance: a write to the whole alters it too.
  const wholes = [...new Set(touched.flatMap((ids) => ids ?? []))];
  const parts = await partsByWhole(tx, wholes);
  const announced = action === 'merge' ? 'delete' : action === 'unmerge' ? 'restore' : action;
  written.forEach(({ record, previous }, i) => {
    const metricIds = touched[i] && [
      ...touched[i],
      ...touched[i].flatMap((id) => parts.get(id) ?? []).sort((a, b) => a - b),
    ];
    const from = statedFrom(entity, record, previous);
    changes.push({
      type: entity,
      id: record.id,
      action: announced,
      version: record.version,
      ...(metricIds ? { metricIds } : {}),
      ...(from === undefined ? {} : { statedFrom: from }),
    });
  });
}

export const recordRevision = <E extends EntityType>(
  tx: Db,
  entity: E,
  record: RecordOf<E>,
  action: Revision['action'],
  changes: Change[],
  previous?: RecordOf<E>,
): Promise<void> => recordRevisions(tx, entity, [{ record, previous }], action, changes);

/**
 * Create, update, delete and restore for one kind of record. Every write and its revision commit
 * together, so history never misses a change; writes are announced as they commit.
 */
export function recordService<E extends EntityType>(db: Db, feed: ChangeFeed, rules: RecordRules<E>) {
  const { entity } = rules;
  type T = RecordOf<E>;

  async function write(tx: Db, record: T, action: Change['action'], changes: Change[], previous?: T): Promise<T> {
    if (action !== 'delete') await rules.written?.(tx, record);
    await recordRevision(tx, entity, record, action, changes, previous);
    return record;
  }

  async function load(tx: Db, id: number, lock?: 'update'): Promise<T> {
    const record = await recordStore(tx, entity).get(id, lock);
    if (!record) throw notFound(entity, id);
    return record;
  }

  /**
   * The record, locked until the write commits: a concurrent delete of a source and a claim added
   * to it, or a delete and a restore, then run one after the other, each seeing what the other
   * committed.
   */
  const loadForWrite = (tx: Db, id: number) => load(tx, id, 'update');

  async function inTransaction<R>(work: (tx: Db, changes: Change[]) => Promise<R>): Promise<R> {
    try {
      return await feed.transaction(db, work);
    } catch (error) {
      // The name check above ran first, but on PostgreSQL another instance can win the race to the index.
      if (isUniqueViolation(error)) throw conflict('name', `Another ${entity} already has this name`);
      throw error;
    }
  }

  const service = {
    get: (id: number) => load(db, id),

    /** For batch writers (seeding, import) that run many creates in one transaction of their own. */
    async createIn(tx: Db, fields: Fields<T>, changes: Change[]): Promise<T> {
      await rules.check(tx, fields);
      return write(tx, await recordStore(tx, entity).insert(fields, now()), 'create', changes);
    },

    create: (fields: Fields<T>) => inTransaction((tx, changes) => service.createIn(tx, fields, changes)),

    update: (id: number, patch: Partial<Fields<T>> & { version: number }) =>
      inTransaction(async (tx, changes) => {
        const current = await loadForWrite(tx, id);
        if (current.version !== patch.version) throw versionConflict(current);
        // An edit would vanish from view with the record; restoring first shows what is changed.
        if (current.deletedAt) throw conflict('id', `This ${entity} is deleted: restore it before editing it`);
        const { version, ...changed } = patch;
        const stored = fieldsOf(current);
        const fields = { ...stored, ...changed } as Fields<T>;
        // Saving a form unchanged is no edit: a revision and a new version would only make a
        // colleague's pending edit of the same record conflict for nothing.
        if (isDeepStrictEqual(fields, stored)) return current;
        await rules.check(tx, fields, current);
        const updated = await recordStore(tx, entity).update(id, version, { fields }, now());
        if (!updated) throw versionConflict(await load(tx, id));
        return write(tx, updated, 'update', changes, current);
      }),

    /**
     * Soft delete: the record stays, marked, and can be restored. Deleting twice changes nothing.
     * Given the version it was based on, a delete refuses a record someone changed since.
     */
    remove: (id: number, expectedVersion?: number) =>
      inTransaction(async (tx, changes) => {
        const current = await loadForWrite(tx, id);
        if (current.deletedAt) return current;
        if (expectedVersion !== undefined && current.version !== expectedVersion) throw versionConflict(current);
        await rules.checkDelete?.(tx, id);
        const at = now();
        const deleted = await recordStore(tx, entity).update(id, current.version, { deletedAt: at }, at);
        if (!deleted) throw versionConflict(await load(tx, id));
        return write(tx, deleted, 'delete', changes);
      }),

    /** Restoring a live record changes nothing; given a version, a stale one is refused, as for a delete. */
    restore: (id: number, expectedVersion?: number) =>
      inTransaction(async (tx, changes) => {
        const current = await loadForWrite(tx, id);
        if (!current.deletedAt) return current;
        if (expectedVersion !== undefined && current.version !== expectedVersion) throw versionConflict(current);
        await rules.check(tx, fieldsOf(current) as Fields<T>, current);
        const restored = await recordStore(tx, entity).update(id, current.version, { deletedAt: null }, now());
        if (!restored) throw versionConflict(await load(tx, id));
        return write(tx, restored, 'restore', changes);
      }),

    async history(id: number): Promise<Revision[]> {
      await load(db, id);
      return listRevisions(db, entity, id);
    },
  };
  return service;
}
