import { z } from 'zod';
import { ClaimInput } from './claim.js';
import { id, nameText } from './fields.js';

/**
 * Several new claims saved together, as from one article: all of them or none. A claim names its
 * source by id, or by the name of a source to create (or reuse, when one of that name exists).
 */
export const ClaimBatchItem = z
  .strictObject({
    claim: ClaimInput.omit({ sourceId: true }).extend({ sourceId: id.optional() }),
    newSourceName: nameText(200).optional(),
  })
  .refine((item) => item.claim.sourceId !== undefined || item.newSourceName !== undefined, {
    path: ['claim', 'sourceId'],
    message: 'Choose a source, or name a new one',
  });

export const ClaimBatch = z.strictObject({
  items: z.array(ClaimBatchItem).min(1, 'Choose at least one claim').max(500),
});
export type ClaimBatch = z.input<typeof ClaimBatch>;
