import { z } from 'zod';
import {
  id,
  idText,
  maxId,
  optionalText,
  optionalWebUrl,
  pageLimit,
  partialDate,
  pastPartialDate,
  plainText,
  queryBoolean,
  recordMeta,
} from './fields.js';

/** Counts of people and things: never negative, and small enough to stay exact in a double. */
const figure = z.number().finite().min(0, 'Must be zero or more').max(1e15);

export const valueKinds = ['exact', 'approximate', 'at_least', 'at_most', 'range', 'statement'] as const;
export const ValueKind = z.enum(valueKinds);
export type ValueKind = z.infer<typeof ValueKind>;

export const PointValue = z.strictObject({
  kind: z.enum(['exact', 'approximate', 'at_least', 'at_most']),
  value: figure,
});
export const RangeValue = z
  .strictObject({ kind: z.literal('range'), low: figure, high: figure })
  .refine((r) => r.low <= r.high, { message: 'The high end must not be below the low end', path: ['high'] });
export const StatementValue = z.strictObject({ kind: z.literal('statement') });

/** A figure as the source worded it: a number with its qualifier, a range, or no number at all. */
export const ClaimValue = z.discriminatedUnion('kind', [PointValue, RangeValue, StatementValue]);
export type ClaimValue = z.infer<typeof ClaimValue>;

/**
 * Whether a claim's figure covers the whole of what its metric counts, or only part of it: one
 * unit, one region, one period. The free-text scope says which part.
 */
export const coverages = ['whole', 'part'] as const;
export const Coverage = z.enum(coverages);
export type Coverage = z.infer<typeof Coverage>;

/** Blank or null for "not known", as a blank free-text field is. */
const optionalCoverage = z
  .enum(['', ...coverages], { message: "Must be 'whole', 'part', or null when it is not known" })
  .nullable()
  .optional()
  .transform((c) => c || null);

/** Admiralty (NATO) information-credibility grades. */
export const credibilityGrades = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
} as const;
export const Credibility = z.number().int().min(1).max(6);

/**
 * The grade that keeps a claim out of comparisons unless asked for: every chart, caption and export
 * leaves out what the comparison does.
 */
export const improbableGrade = 5;
export const isImprobable = (claim: { credibility: number }) => claim.credibility === improbableGrade;

const claimFields = {
  metricId: id,
  sourceId: id,
  value: ClaimValue,
  scope: optionalText(500),
  coverage: optionalCoverage,
  statedOn: pastPartialDate
    .nullable()
    .optional()
    .transform((d) => d ?? null),
  via: optionalText(500),
  reportedBy: optionalText(300),
  citationUrl: optionalWebUrl,
  quote: optionalText(5000),
  credibility: Credibility,
  repeatsClaimId: id
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  notes: optionalText(5000),
};

export const ClaimInput = z.strictObject({ ...claimFields, credibility: Credibility.default(6) });
export type ClaimInput = z.input<typeof ClaimInput>;

export const ClaimPatch = z.strictObject(claimFields).partial().extend({ version: z.number().int().positive() });
export type ClaimPatch = z.input<typeof ClaimPatch>;

export const Claim = z.object({
  id,
  metricId: id,
  sourceId: id,
  value: ClaimValue,
  scope: z.string().nullable(),
  coverage: Coverage.nullable(),
  statedOn: z.string().nullable(),
  via: z.string().nullable(),
  reportedBy: z.string().nullable(),
  citationUrl: z.string().nullable(),
  quote: z.string().nullable(),
  credibility: Credibility,
  repeatsClaimId: id.nullable(),
  notes: z.string().nullable(),
  ...recordMeta,
});
export type Claim = z.infer<typeof Claim>;

export const ClaimListQuery = z.strictObject({
  metricId: idText.optional(),
  sourceId: idText.optional(),
  kind: ValueKind.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  q: plainText().trim().max(200).optional(),
  includeDeleted: queryBoolean,
  limit: pageLimit,
  cursor: z
    .string()
    // The last id of a page, as the server writes it: no leading zero.
    .regex(/^[1-9]\d{0,9}$/, { message: 'Not a cursor this server gave out', abort: true })
    .refine((c) => Number(c) <= maxId, 'Not a cursor this server gave out')
    .optional(),
});
export type ClaimListQuery = z.output<typeof ClaimListQuery>;

export const ClaimPage = z.object({ items: z.array(Claim), nextCursor: z.string().nullable() });
export type ClaimPage = z.infer<typeof ClaimPage>;
