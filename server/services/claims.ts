import type { Claim, ClaimListQuery } from '../../shared/schemas/index.js';
import { listClaims, repeatsOf } from '../storage/claimQueries.js';
import type { Db } from '../storage/database.js';
import { recordStore } from '../storage/records.js';
import type { Fields } from '../storage/rows.js';
import type { ChangeFeed } from './changes.js';
import { invalidField } from './errors.js';
import { recordService } from './records.js';

/** Far more than any real chain of echoes; only a loop stored before this rule could run past it. */
const longestRepeatChain = 1000;

/**
 * A claim repeats an earlier claim of the same metric, one that is not deleted when the link is
 * made, and no chain of repeats leads back to it: the timeline draws each echo against its
 * original, which a loop or another metric's figure would make meaningless.
 */
async function checkRepeat(tx: Db, fields: Fields<Claim>, stored: Claim | undefined): Promise<void> {
  const repeatedId = fields.repeatsClaimId!;
  if (repeatedId === stored?.id) throw invalidField('repeatsClaimId', 'A claim cannot repeat itself');
  const claims = recordStore(tx, 'claim');
  const repeated = await claims.get(repeatedId, 'share');
  if (!repeated) throw invalidField('repeatsClaimId', `No claim with id ${repeatedId}`);
  if (repeated.metricId !== fields.metricId) {
    throw invalidField('repeatsClaimId', `Claim ${repeatedId} counts another metric`);
  }
  // A link made before its original was deleted may stay; a new link to a deleted claim may not.
  if (repeated.deletedAt && stored?.repeatsClaimId !== repeatedId) {
    throw invalidField('repeatsClaimId', `Claim ${repeatedId} is deleted`);
  }
  // A new claim cannot be part of a loop: nothing repeats it yet.
  if (!stored) return;
  let next = repeated.repeatsClaimId;
  for (let step = 0; next !== null && step < longestRepeatChain; step++) {
    if (next === stored.id)
      throw invalidField('repeatsClaimId', `Claim ${repeatedId}'s chain of repeats leads back to this claim`);
    next = (await claims.get(next))?.repeatsClaimId ?? null;
  }
}

/**
 * A claim that others repeat stays with its metric: moving it would leave them echoing another
 * metric's figure. Deleted echoes count too, or they could never be restored.
 */
async function checkMove(tx: Db, fields: Fields<Claim>, stored: Claim): Promise<void> {
  if (stored.metricId === fields.metricId) return;
  const echoes = await repeatsOf(tx, stored.id);
  if (echoes.length === 0) return;
  const [who, them] =
    echoes.length === 1 ? [`Claim ${echoes[0]} repeats`, 'it'] : [`Claims ${echoes.join(', ')} repeat`, 'them'];
  throw invalidField('metricId', `${who} this claim: unlink ${them} before moving this one to another metric`);
}

export function claimsService(db: Db, feed: ChangeFeed) {
  const records = recordService(db, feed, {
    entity: 'claim',
    async check(tx, fields, stored) {
      // Held until the claim commits, so that neither can be deleted in the meantime.
      const metric = await recordStore(tx, 'metric').get(fields.metricId, 'share');
      if (!metric) throw invalidField('metricId', `No metric with id ${fields.metricId}`);
      if (metric.deletedAt) throw invalidField('metricId', `Metric ${fields.metricId} is deleted: restore it first`);
      const source = await recordStore(tx, 'source').get(fields.sourceId, 'share');
      if (!source) throw invalidField('sourceId', `No source with id ${fields.sourceId}`);
      if (source.deletedAt) throw invalidField('sourceId', `Source ${fields.sourceId} is deleted: restore it first`);
      if (fields.repeatsClaimId !== null) await checkRepeat(tx, fields, stored);
      if (stored) await checkMove(tx, fields, stored);
    },
  });
  return { ...records, list: (query: ClaimListQuery) => listClaims(db, query) };
}
