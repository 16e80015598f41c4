import { z } from 'zod';
import { aliasList, id, nameText, optionalNameText, optionalText, optionalWebUrl, recordMeta } from './fields.js';

export const sourceKinds = [
  'state_media',
  'government',
  'military',
  'intelligence',
  'independent_media',
  'research',
  'aggregate',
  'other',
] as const;
export const SourceKind = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof SourceKind>;

/** Admiralty (NATO) source-reliability grades. */
export const reliabilityGrades = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export const Reliability = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type Reliability = z.infer<typeof Reliability>;

const sourceFields = {
  name: nameText(200),
  shortName: optionalNameText(60),
  aliases: aliasList,
  kind: SourceKind,
  country: optionalText(100),
  group: optionalText(100),
  reliability: Reliability,
  /**
   * A belligerent's own government, military or state media, whose figures speak for its side: the
   * estimate can leave them out, to show what third parties' figures support alone.
   */
  party: z.boolean({ message: 'Must be true or false' }),
  url: optionalWebUrl,
  notes: optionalText(5000),
};

export const SourceInput = z.strictObject({
  ...sourceFields,
  aliases: aliasList.default([]),
  kind: SourceKind.default('other'),
  reliability: Reliability.default('F'),
  party: sourceFields.party.default(false),
});
export type SourceInput = z.input<typeof SourceInput>;

/** A patch names only the fields it changes, plus the version it was based on. */
export const SourcePatch = z.strictObject(sourceFields).partial().extend({ version: z.number().int().positive() });
export type SourcePatch = z.input<typeof SourcePatch>;

export const Source = z.object({
  id,
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: SourceKind,
  country: z.string().nullable(),
  group: z.string().nullable(),
  reliability: Reliability,
  party: z.boolean(),
  url: z.string().nullable(),
  notes: z.string().nullable(),
  ...recordMeta,
});
export type Source = z.infer<typeof Source>;

export const SourceWithCount = Source.extend({ claimCount: z.number().int() });
export type SourceWithCount = z.infer<typeof SourceWithCount>;
