import type { Metric } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import { partsOf } from '../storage/metricQueries.js';
import type { Fields } from '../storage/rows.js';
import type { ChangeFeed } from './changes.js';
import { conflict, invalidField } from './errors.js';
import { namedRecordRules } from './namedRecordRules.js';
import { mergeService } from './merge.js';
import { recordService, type RecordRules } from './records.js';

/** Far more than any real nesting of counts; only a loop stored before this rule could run past it. */
const longestPartChain = 1000;

/**
 * A metric is part of another live metric, and no chain of wholes leads back to it: the findings
 * compare a part's figures with its whole's, which a loop would make each other's yardstick. A
 * metric already linked to a whole since deleted cannot be restored until the whole is: a part
 * whose whole is gone would be compared with nothing, silently.
 */
async function checkWhole(tx: Db, fields: Fields<Metric>, stored: Metric | undefined): Promise<void> {
  const wholeId = fields.partOfMetricId;
  if (wholeId === null) return;
  if (wholeId === stored?.id) throw invalidField('partOfMetricId', 'A metric cannot be part of itself');
  const metrics = recordStore(tx, 'metric');
  // Held until the write commits, so that the whole cannot be deleted in the meantime.
  const whole = await metrics.get(wholeId, 'share');
  if (!whole) throw invalidField('partOfMetricId', `No metric with id ${wholeId}`);
  if (whole.deletedAt) throw invalidField('partOfMetricId', `Metric "${whole.name}" is deleted: restore it first`);
  // A new metric cannot close a loop: nothing is part of it yet.
  if (!stored) return;
  let next = whole.partOfMetricId;
  for (let step = 0; next !== null && step < longestPartChain; step++) {
    if (next === stored.id) {
      throw invalidField('partOfMetricId', `"${whole.name}" is itself part of this metric, directly or through others`);
    }
    next = (await metrics.get(next))?.partOfMetricId ?? null;
  }
}

export function metricsService(db: Db, feed: ChangeFeed) {
  const named = namedRecordRules('metric');
  const rules: RecordRules<'metric'> = {
    ...named,
    async check(tx, fields, stored) {
      await named.check(tx, fields, stored);
      await checkWhole(tx, fields, stored);
    },
    /**
     * A whole stays while live metrics are part of it: deleting it would quietly drop the checks
     * of their figures against it, which an analyst relies on. They are named, to unlink first.
     */
    async checkDelete(tx, id) {
      await named.checkDelete?.(tx, id);
      const parts = await partsOf(tx, id);
      if (parts.length === 0) return;
      const listed = parts.map((p) => `"${p.name}"`).join(', ');
      throw conflict(
        'id',
        `${listed} ${parts.length === 1 ? 'is' : 'are'} part of this metric: unlink ${parts.length === 1 ? 'it' : 'them'} first`,
      );
    },
  };
  return {
    ...recordService(db, feed, rules),
    ...mergeService(db, feed, rules),
    list: (opts: { includeDeleted: boolean }) => recordStore(db, 'metric').list(opts),
  };
}
