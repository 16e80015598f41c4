import type { z } from 'zod';
import type { Claim, ClaimBatch } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { isUniqueViolation } from '../storage/dialect.js';
import { findByNames } from '../storage/records.js';
import { nameKey } from '../storage/rows.js';
import type { Change, ChangeFeed } from './changes.js';
import { conflict, ProblemError } from './errors.js';
import type { claimsService } from './claims.js';
import type { sourcesService } from './sources.js';

type Batch = z.output<typeof ClaimBatch>;

/**
 * Saves the claims an analyst kept from one article in one transaction, creating the sources the
 * article named that Triangulate did not know yet. A bad claim rolls back the whole batch, and the
 * error names its place in the batch.
 */
export function claimBatchService(
  db: Db,
  feed: ChangeFeed,
  deps: { sources: ReturnType<typeof sourcesService>; claims: ReturnType<typeof claimsService> },
) {
  async function createSource(tx: Db, name: string, changes: Change[]): Promise<number> {
    try {
      return (await deps.sources.createIn(tx, { ...emptySource, name }, changes)).id;
    } catch (error) {
      // Not found a moment ago, taken now: another save created it in between and committed.
      if (error instanceof ProblemError && error.status === 409) throw new SourceCreatedMeanwhile();
      throw error;
    }
  }

  const saveOnce = (batch: Batch): Promise<Claim[]> =>
    feed.transaction(db, async (tx, changes) => {
      const sourceIds = new Map<string, number>();
      const claims: Claim[] = [];
      for (const [index, { claim, newSourceName }] of batch.items.entries()) {
        try {
          let sourceId = claim.sourceId;
          if (sourceId === undefined) {
            const key = nameKey(newSourceName!);
            sourceId =
              sourceIds.get(key) ?? (await findByNames(tx, 'source', [newSourceName!])).values().next().value?.id;
            sourceId ??= await createSource(tx, newSourceName!, changes);
            sourceIds.set(key, sourceId);
          }
          claims.push(await deps.claims.createIn(tx, { ...claim, sourceId }, changes));
        } catch (error) {
          if (!(error instanceof ProblemError)) throw error;
          throw new ProblemError(
            error.status,
            error.title,
            `Claim ${index + 1}: ${error.message}`,
            error.errors?.map((e) => ({ ...e, path: `items.${index}.claim.${e.path}` })),
          );
        }
      }
      return claims;
    });

  return async function saveBatch(batch: Batch): Promise<Claim[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await saveOnce(batch);
      } catch (error) {
        if (!isUniqueViolation(error) && !(error instanceof SourceCreatedMeanwhile)) throw error;
        // On PostgreSQL another save created a source this batch names after it looked for one,
        // committed before this one's name check or after its insert. Its transaction is void; run
        // again, it finds that source and uses it, as a batch does.
        if (attempt === 2) throw conflict('items', 'A source this batch names was created meanwhile; save again');
      }
    }
  };
}

class SourceCreatedMeanwhile extends Error {}

const emptySource = {
  shortName: null,
  kind: 'other' as const,
  country: null,
  group: null,
  reliability: 'F' as const,
  party: false,
  aliases: [],
  url: null,
  notes: null,
};
