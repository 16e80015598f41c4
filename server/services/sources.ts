import type { SourceWithCount } from '../../shared/schemas/index.js';
import { claimCountsBySource, countLiveClaims } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { conflict } from './errors.js';
import { recordService } from './records.js';

export function sourcesService(db: Db, feed: ChangeFeed) {
  const records = recordService(db, feed, {
    entity: 'source',
    async check(tx, fields, id) {
      if (await recordStore(tx, 'source').nameTaken(fields.name, id)) {
        throw conflict('name', `A source named "${fields.name}" already exists`);
      }
    },
    async checkDelete(tx, id) {
      const claims = await countLiveClaims(tx, { sourceId: id });
      if (claims > 0) throw conflict('id', `This source still has ${claims} claims; delete or move them first`);
    },
  });

  return {
    ...records,
    async list(opts: { includeDeleted: boolean }): Promise<SourceWithCount[]> {
      const [sources, counts] = await Promise.all([recordStore(db, 'source').list(opts), claimCountsBySource(db)]);
      return sources.map((s) => ({ ...s, claimCount: counts.get(s.id) ?? 0 }));
    },
  };
}
