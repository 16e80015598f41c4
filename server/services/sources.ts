import { proposeDuplicates } from '../../shared/duplicates.js';
import type { DismissDuplicate, PossibleDuplicate, SourceWithCount } from '../../shared/schemas/index.js';
import { dismissedPairs, dismissPair } from '../storage/dismissedDuplicates.js';
import { claimCountsBySource } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { giveGroupsColours } from './groupColours.js';
import { namedRecordRules } from './namedRecordRules.js';
import { mergeService } from './merge.js';
import { invalidField } from './errors.js';
import { now, recordService, type RecordRules } from './records.js';

export function sourcesService(db: Db, feed: ChangeFeed) {
  const rules: RecordRules<'source'> = {
    ...namedRecordRules('source'),
    // A group is given its colour when it first appears, for every page and export to draw it in.
    written: (tx, source) => giveGroupsColours(tx, [source.group]),
  };
  async function list(opts: { includeDeleted: boolean }): Promise<SourceWithCount[]> {
    const [sources, counts] = await Promise.all([recordStore(db, 'source').list(opts), claimCountsBySource(db)]);
    return sources.map((s) => ({ ...s, claimCount: counts.get(s.id) ?? 0 }));
  }
  return {
    ...recordService(db, feed, rules),
    ...mergeService(db, feed, rules),
    list,
    /** Live sources that may be one under two names, for the analyst to merge or dismiss one by one. */
    async duplicates({ limit }: { limit: number }): Promise<PossibleDuplicate[]> {
      const [sources, dismissed] = await Promise.all([list({ includeDeleted: false }), dismissedPairs(db)]);
      const byId = new Map(sources.map((s) => [s.id, s]));
      return proposeDuplicates(sources, dismissed, limit).map(({ sourceId, intoId, reason }) => ({
        source: byId.get(sourceId)!,
        into: byId.get(intoId)!,
        reason,
      }));
    },
    async dismissDuplicate({ sourceId, intoId }: DismissDuplicate): Promise<void> {
      if (sourceId === intoId) throw invalidField('intoId', 'A source is always one with itself');
      for (const [path, id] of [
        ['sourceId', sourceId],
        ['intoId', intoId],
      ] as const) {
        if (!(await recordStore(db, 'source').get(id))) throw invalidField(path, `No source with id ${id}`);
      }
      await dismissPair(db, sourceId, intoId, now());
    },
  };
}
