import { maxAliases, type MergeInput, type UnmergeInput } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import {
  claimIdsOf,
  insertMerge,
  markMergeUndone,
  moveClaimRows,
  openMergeOf,
  releaseNames,
} from '../storage/merges.js';
import { nameHeldElsewhere } from '../storage/nameKeys.js';
import { recordStore, type RecordOf } from '../storage/records.js';
import { fieldsOf, nameKey, namesOf } from '../storage/rows.js';
import type { Change, ChangeFeed } from './changes.js';
import { conflict, invalidField, notFound, ProblemError, versionConflict } from './errors.js';
import { now, recordRevision, recordRevisions, type RecordRules } from './records.js';

type Named = 'source' | 'metric';

export interface MergeOutcome<E extends Named> {
  merged: RecordOf<E>;
  into: RecordOf<E>;
  movedClaims: number;
}

const staleTarget = (current: unknown) =>
  new ProblemError(
    409,
    'Version conflict',
    'The record to merge into was changed by someone else since you loaded it; nothing was written',
    [{ path: 'intoVersion', message: 'Stale version' }],
    current,
  );

/**
 * Merging one source (or metric) into another, and undoing it. A merge moves every claim of the
 * merged record, deleted ones too, to the other, each move a revision; it deletes the merged record
 * and gives its name and aliases to the other as aliases, so that imports and pickers find the one
 * record under every name. Undoing the latest merge of a record takes back what that merge did and
 * only that: the claims it moved that are still where it put them, the names it gave that are still
 * there. Each runs in one transaction, and bad input changes nothing.
 */
export function mergeService<E extends Named>(db: Db, feed: ChangeFeed, rules: RecordRules<E>) {
  const { entity } = rules;
  const records = (tx: Db) => recordStore(tx, entity);

  /** Both records, locked for the write in id order, so that two merges of the pair cannot deadlock. */
  async function lockPair(tx: Db, a: number, b: number) {
    const [first, second] = a < b ? [a, b] : [b, a];
    const found = new Map<number, RecordOf<E> | undefined>();
    found.set(first, await records(tx).get(first, 'update'));
    found.set(second, await records(tx).get(second, 'update'));
    return [found.get(a), found.get(b)] as const;
  }

  /** Points these claims at `to`, each move a revision; those no longer on `from` stay. */
  async function moveClaims(tx: Db, ids: readonly number[], from: number, to: number, changes: Change[]) {
    const moved = await moveClaimRows(tx, entity, ids, from, to, now());
    await recordRevisions(tx, 'claim', moved, 'update', changes);
    return moved.length;
  }

  return {
    merge: (id: number, { into, version, intoVersion }: MergeInput): Promise<MergeOutcome<E>> =>
      feed.transaction(db, async (tx, changes) => {
        if (into === id) throw invalidField('into', `A ${entity} cannot be merged into itself`);
        const [merged, target] = await lockPair(tx, id, into);
        if (!merged) throw notFound(entity, id);
        if (!target) throw invalidField('into', `No ${entity} with id ${into}`);
        if (merged.deletedAt) throw conflict('id', `This ${entity} is deleted: restore it before merging it`);
        if (target.deletedAt) {
          throw conflict('into', `The ${entity} "${target.name}" is deleted: restore it before merging into it`);
        }
        if (merged.version !== version) throw versionConflict(merged);
        if (target.version !== intoVersion) throw staleTarget(target);
        const targetKeys = new Set(namesOf(target).map(nameKey));
        const added = namesOf(merged).filter((name) => !targetKeys.has(nameKey(name)));
        if (target.aliases.length + added.length > maxAliases) {
          throw conflict('into', `"${target.name}" would go by more than ${maxAliases} other names`);
        }

        const claimIds = await claimIdsOf(tx, entity, id);
        const movedClaims = await moveClaims(tx, claimIds, id, into, changes);
        // With its claims gone, what else keeps the record (a metric that others are part of) still does.
        await rules.checkDelete?.(tx, id);
        const at = now();
        const deleted = await records(tx).update(id, merged.version, { deletedAt: at }, at);
        if (!deleted) throw versionConflict(merged);
        await releaseNames(tx, entity, id);
        await recordRevision(tx, entity, deleted, 'merge', changes);
        const fields = { ...fieldsOf(target), aliases: [...target.aliases, ...added] };
        const grown = await records(tx).update(into, target.version, { fields }, at);
        if (!grown) throw staleTarget(target);
        await recordRevision(tx, entity, grown, 'update', changes, target);
        await insertMerge(
          tx,
          entity,
          { mergedId: id, intoId: into, mergedVersion: deleted.version, movedClaimIds: claimIds, addedAliases: added },
          at,
        );
        return { merged: deleted, into: grown, movedClaims };
      }),

    unmerge: (id: number, { version }: UnmergeInput): Promise<MergeOutcome<E>> =>
      feed.transaction(db, async (tx, changes) => {
        const merge = await openMergeOf(tx, entity, id);
        const [merged, target] = await lockPair(tx, id, merge?.intoId ?? id);
        if (!merged) throw notFound(entity, id);
        if (!merge || !target || !merged.deletedAt || merged.version !== merge.mergedVersion) {
          throw conflict('id', `This ${entity} is not merged into another`);
        }
        if (merged.version !== version) throw versionConflict(merged);
        if (target.deletedAt) {
          throw conflict('id', `The ${entity} "${target.name}" it was merged into is deleted: restore that first`);
        }
        const at = now();
        const given = new Set(merge.addedAliases.map(nameKey));
        const aliases = target.aliases.filter((alias) => !given.has(nameKey(alias)));
        let into = target;
        if (aliases.length !== target.aliases.length) {
          const shrunk = await records(tx).update(
            target.id,
            target.version,
            {
              fields: { ...fieldsOf(target), aliases },
            },
            at,
          );
          if (!shrunk) throw versionConflict(target);
          await recordRevision(tx, entity, shrunk, 'update', changes, target);
          into = shrunk;
        }
        const names = namesOf(merged);
        const held = await nameHeldElsewhere(tx, entity, names, id);
        if (held) {
          throw conflict('name', `"${names[held.index]}" has since become another ${entity}'s name: rename one first`);
        }
        const restored = await records(tx).update(
          id,
          merged.version,
          { fields: fieldsOf(merged), deletedAt: null },
          at,
        );
        if (!restored) throw versionConflict(merged);
        await recordRevision(tx, entity, restored, 'unmerge', changes);
        const movedClaims = await moveClaims(tx, merge.movedClaimIds, target.id, id, changes);
        await markMergeUndone(tx, merge.id, at);
        return { merged: restored, into, movedClaims };
      }),
  };
}
