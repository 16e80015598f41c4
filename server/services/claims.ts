import type { ClaimListQuery } from '../../shared/schemas/index.js';
import { listClaims } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { ChangeFeed } from './changes.js';
import { invalidField } from './errors.js';
import { recordService } from './records.js';

export function claimsService(db: Db, feed: ChangeFeed) {
  const records = recordService(db, feed, {
    entity: 'claim',
    async check(tx, fields, id) {
      // Held until the claim commits, so that neither can be deleted in the meantime.
      const metric = await recordStore(tx, 'metric').get(fields.metricId, 'share');
      if (!metric || metric.deletedAt) throw invalidField('metricId', `No metric with id ${fields.metricId}`);
      const source = await recordStore(tx, 'source').get(fields.sourceId, 'share');
      if (!source || source.deletedAt) throw invalidField('sourceId', `No source with id ${fields.sourceId}`);
      if (fields.repeatsClaimId !== null) {
        if (fields.repeatsClaimId === id) throw invalidField('repeatsClaimId', 'A claim cannot repeat itself');
        const repeated = await recordStore(tx, 'claim').get(fields.repeatsClaimId);
        if (!repeated) throw invalidField('repeatsClaimId', `No claim with id ${fields.repeatsClaimId}`);
      }
    },
  });
  return { ...records, list: (query: ClaimListQuery) => listClaims(db, query) };
}
