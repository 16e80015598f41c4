import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { namedRecordRules } from './namedRecordRules.js';
import { recordService } from './records.js';

export function metricsService(db: Db, feed: ChangeFeed) {
  return {
    ...recordService(db, feed, namedRecordRules('metric')),
    list: (opts: { includeDeleted: boolean }) => recordStore(db, 'metric').list(opts),
  };
}
