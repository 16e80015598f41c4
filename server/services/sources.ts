import type { SourceWithCount } from '../../shared/schemas/index.js';
import { claimCountsBySource } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { giveGroupsColours } from './groupColours.js';
import { namedRecordRules } from './namedRecordRules.js';
import { mergeService } from './merge.js';
import { recordService, type RecordRules } from './records.js';

export function sourcesService(db: Db, feed: ChangeFeed) {
  const rules: RecordRules<'source'> = {
    ...namedRecordRules('source'),
    // A group is given its colour when it first appears, for every page and export to draw it in.
    written: (tx, source) => giveGroupsColours(tx, [source.group]),
  };
  return {
    ...recordService(db, feed, rules),
    ...mergeService(db, feed, rules),
    async list(opts: { includeDeleted: boolean }): Promise<SourceWithCount[]> {
      const [sources, counts] = await Promise.all([recordStore(db, 'source').list(opts), claimCountsBySource(db)]);
      return sources.map((s) => ({ ...s, claimCount: counts.get(s.id) ?? 0 }));
    },
  };
}
