import { z } from 'zod';
import { maxDuplicatePairs } from '../duplicates.js';
import { digits, id } from './fields.js';
import { Metric } from './metric.js';
import { Source, SourceWithCount } from './source.js';

const version = z.number({ message: 'Must be a version number' }).int().positive('Must be a positive version');

/**
 * Merges the record of the path into `into`: both versions as last seen, so that neither a change to
 * the one merged nor to the one merged into since is overwritten unseen.
 */
export const MergeInput = z.strictObject({ into: id, version, intoVersion: version });
export type MergeInput = z.infer<typeof MergeInput>;

/** Undoes the latest merge of the record of the path, at its version as last seen. */
export const UnmergeInput = z.strictObject({ version });
export type UnmergeInput = z.infer<typeof UnmergeInput>;

const mergeResult = <T extends z.ZodType>(record: T) =>
  z.object({
    /** The record merged, deleted by the merge or restored by its undoing. */
    merged: record,
    into: record,
    /** How many claims moved, to `into` or back from it. */
    movedClaims: z.number().int(),
  });

export const SourceMerge = mergeResult(Source);
export type SourceMerge = z.infer<typeof SourceMerge>;
export const MetricMerge = mergeResult(Metric);
export type MetricMerge = z.infer<typeof MetricMerge>;

/** How many possible duplicates to list: at most maxDuplicatePairs, 50 unless asked. */
export const DuplicateQuery = z.strictObject({
  limit: digits
    .pipe(z.number().min(1).max(maxDuplicatePairs, `At most ${maxDuplicatePairs}`))
    .default(50)
    .meta({ type: 'integer', minimum: 1, maximum: maxDuplicatePairs, default: 50 }),
});

/** Two sources that may be one, the first to merge into the second, and why they look alike. */
export const PossibleDuplicate = z.object({
  source: SourceWithCount,
  into: SourceWithCount,
  reason: z.enum(['spelling', 'acronym', 'speaker', 'citing']),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;

/** A pair the analyst says are two sources, never to be proposed again. */
export const DismissDuplicate = z.strictObject({ sourceId: id, intoId: id });
export type DismissDuplicate = z.infer<typeof DismissDuplicate>;
