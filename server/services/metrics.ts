import { countLiveClaims } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { conflict } from './errors.js';
import { recordService } from './records.js';

export function metricsService(db: Db, feed: ChangeFeed) {
  const records = recordService(db, feed, {
    entity: 'metric',
    async check(tx, fields, id) {
      if (await recordStore(tx, 'metric').nameTaken(fields.name, id)) {
        throw conflict('name', `A metric named "${fields.name}" already exists`);
      }
    },
    async checkDelete(tx, id) {
      const claims = await countLiveClaims(tx, { metricId: id });
      if (claims > 0) throw conflict('id', `This metric still has ${claims} claims; delete or move them first`);
    },
  });
  return { ...records, list: (opts: { includeDeleted: boolean }) => recordStore(db, 'metric').list(opts) };
}
