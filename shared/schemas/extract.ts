import { z } from 'zod';
import { ClaimValue } from './claim.js';
import { id, isoDay, optionalText, optionalWebUrl, plainText } from './fields.js';

/** Pasted article text: up to 200,000 characters (UTF-16 code units), not blank. */
const maxExtractText = 200_000;

/** POST /api/extract: an article's text, and what the claims made from it will share. */
export const ExtractRequest = z.strictObject({
  text: plainText()
    .max(maxExtractText, `At most ${maxExtractText.toLocaleString('en-US')} characters`)
    .refine((s) => s.trim() !== '', 'Required'),
  /** The article's publication day: relative dates ("on Friday", "last month") count back from it. */
  publishedOn: isoDay
    .nullable()
    .optional()
    .transform((d) => d ?? null),
  reportedBy: optionalText(300),
  citationUrl: optionalWebUrl,
});
export type ExtractRequest = z.input<typeof ExtractRequest>;
export type ExtractParams = z.output<typeof ExtractRequest>;

/** A stretch of the request's text: `text.slice(start, end)`, for highlighting. */
export const TextSpan = z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) });

/** One figure found in the text, shaped to prefill a new claim; a person checks it before saving. */
export const ExtractCandidate = z.object({
  value: ClaimValue,
  /** The figure's own wording, qualifier included: "more than 6,000". */
  figure: TextSpan,
  /** The sentence it came from. */
  quote: TextSpan,
  /** What it counts, as written ("soldiers were killed"), and that phrase's head word ("soldiers"). */
  counted: z.string().nullable(),
  countedHead: z.string().nullable(),
  suggestedMetricId: id.nullable(),
  /** A matched source (id set), a proposed new one (id null), or null when the text names none. */
  source: z.object({ id: id.nullable(), name: z.string() }).nullable(),
  statedOn: z.string().nullable(),
  reportedBy: z.string().nullable(),
  citationUrl: z.string().nullable(),
});
export type ExtractCandidate = z.infer<typeof ExtractCandidate>;

/**
 * Candidates in one answer. Each carries its sentence, up to 1,000 characters, once per figure in it:
 * a pasted table of 100,000 bare figures made a 120 MB answer. An article worth reading claim by claim
 * has tens of figures (the founding one has five); past this many the answer only counts them.
 */
export const maxExtractCandidates = 500;

export const ExtractResult = z.object({
  /** The first figures found, in order: at most `maxExtractCandidates`. */
  candidates: z.array(ExtractCandidate).max(maxExtractCandidates),
  /** How many figures the text holds: more than `candidates` holds when it was cut short. */
  total: z.number().int().min(0),
});
export type ExtractResult = z.infer<typeof ExtractResult>;
