import { z } from 'zod';

export const findingKinds = [
  'partial_coverage',
  'partial_exceeds_whole',
  'superseded',
  'relayed_qualifiers',
  'echo',
  'outlier',
  'conflation',
] as const;
export const FindingKind = z.enum(findingKinds);
export type FindingKind = z.infer<typeof FindingKind>;

/**
 * `warning`: these figures should not be compared as they stand. `note`: they can be, and the
 * comparison already allows for what the note says.
 */
export const FindingSeverity = z.enum(['warning', 'note']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/** Something an analyst must know before comparing a metric's figures, said in a plain sentence. */
export const Finding = z.object({
  kind: FindingKind,
  severity: FindingSeverity,
  /** The claims at fault first, then those they were measured against. */
  claimIds: z.array(z.number().int()),
  sourceIds: z.array(z.number().int()),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;
