import { countLiveClaims } from '../storage/claimQueries.js';
import { nameHeldElsewhere } from '../storage/nameKeys.js';
import { recordStore } from '../storage/records.js';
import { nameKey, namesOf } from '../storage/rows.js';
import { conflict, invalidField } from './errors.js';
import type { RecordRules } from './records.js';

/** Where a name of `namesOf` sits in a record's fields. */
const namePath = (index: number) => (index === 0 ? 'name' : `aliases.${index - 1}`);

/**
 * Sources and metrics are found by name or alias, so no two records share one, whatever its case
 * or look-alike letters; and one that claims still refer to cannot be deleted from under them.
 */
export function namedRecordRules<E extends 'source' | 'metric'>(entity: E): RecordRules<E> {
  return {
    entity,
    async check(tx, fields, stored) {
      const names = namesOf(fields);
      const keys = names.map(nameKey);
      const repeated = keys.findIndex((key, i) => keys.indexOf(key) < i);
      if (repeated !== -1) {
        const first = keys.indexOf(keys[repeated]!);
        throw invalidField(
          namePath(repeated),
          first === 0
            ? `"${names[repeated]}" is this ${entity}'s name already`
            : `"${names[repeated]}" is listed twice`,
        );
      }
      const held = await nameHeldElsewhere(tx, entity, names, stored?.id);
      if (held) {
        const holder = await recordStore(tx, entity).get(held.holderId);
        const name = names[held.index];
        throw conflict(
          namePath(held.index),
          holder && nameKey(holder.name) !== keys[held.index]
            ? `"${name}" is already another name of the ${entity} "${holder.name}"`
            : `A ${entity} named "${name}" already exists`,
        );
      }
    },
    async checkDelete(tx, id) {
      const claims = await countLiveClaims(tx, entity === 'source' ? { sourceId: id } : { metricId: id });
      if (claims > 0) throw conflict('id', `This ${entity} still has ${claims} claims; delete or move them first`);
    },
  };
}
