import { countLiveClaims } from '../storage/claimQueries.js';
import { recordStore } from '../storage/records.js';
import { conflict } from './errors.js';
import type { RecordRules } from './records.js';

/**
 * Sources and metrics are found by name, so names are unique whatever their case; and one that
 * claims still refer to cannot be deleted from under them.
 */
export function namedRecordRules<E extends 'source' | 'metric'>(entity: E): RecordRules<E> {
  return {
    entity,
    async check(tx, fields, stored) {
      const { name } = fields as { name: string };
      if (await recordStore(tx, entity).nameTaken(name, stored?.id)) {
        throw conflict('name', `A ${entity} named "${name}" already exists`);
      }
    },
    async checkDelete(tx, id) {
      const claims = await countLiveClaims(tx, entity === 'source' ? { sourceId: id } : { metricId: id });
      if (claims > 0) throw conflict('id', `This ${entity} still has ${claims} claims; delete or move them first`);
    },
  };
}
