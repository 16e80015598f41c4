import { z } from 'zod';

/**
 * Text as it can be stored: PostgreSQL text cannot hold a NUL character, and an unpaired
 * surrogate is not Unicode at all; it would be stored as U+FFFD, another text than the one sent.
 */
export const plainText = () =>
  z
    .string()
    .refine((s) => !s.includes('\0'), 'Must not contain NUL characters')
    .refine((s) => !/[\uD800-\uDFFF]/u.test(s), 'Must be valid Unicode text (it holds an unpaired surrogate)');

/** Besides tab and line breaks, no source writes control characters; in a name they would hide what it says. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;

/** The text of a record's field. */
const fieldText = () => plainText().refine((s) => !controlCharacter.test(s), 'Must not contain control characters');

/** Said as an analyst counts, not as zod's "Too big: expected string to have <=5000 characters". */
const tooLong = (max: number) => `At most ${max.toLocaleString('en-US')} characters`;

/** A required, trimmed, length-limited string, with something in it to read. */
export const requiredText = (max: number) =>
  fieldText()
    .trim()
    .min(1, 'Required')
    .max(max, tooLong(max))
    // Zero-width and direction marks alone pass min(1) but show as nothing; "" has had its error.
    .refine((s) => s === '' || /[^\s\p{Cf}]/u.test(s), 'Required');

/**
 * Characters that show as nothing, or turn the text after them around: in a name they make one
 * that reads as "KCNA" and is another. Zero-width joiners stay, which Persian and Indic scripts
 * write with.
 */
const hiddenCharacter = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const visibleOnly = 'Must not contain invisible or direction-changing characters, which make it look like another name';

/** The name of a source or metric, by which analysts and imports find it. */
export const nameText = (max: number) => requiredText(max).refine((s) => !hiddenCharacter.test(s), visibleOnly);

/** Enough for every spelling of one source an analyst has met, and for merges to add theirs. */
export const maxAliases = 100;

/**
 * The other names a source or metric goes by ("NIS" for the National Intelligence Service), each a
 * name as its own would be; imports and pickers find the record by any of them.
 */
export const aliasList = z
  .array(nameText(200), { message: 'Must be a list of names' })
  .max(maxAliases, `At most ${maxAliases} other names`);

/**
 * An optional free-text field: blank input means "not given" and is stored as null,
 * so that "" and null never mean two different things.
 */
export const optionalText = (max: number) =>
  fieldText()
    .trim()
    .max(max, tooLong(max))
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

/** A short name, which stands for a source on charts in place of its name. */
export const optionalNameText = (max: number) =>
  optionalText(max).refine((s) => s === null || !hiddenCharacter.test(s), visibleOnly);

/** Only http(s): a `javascript:` or `data:` citation would run when an analyst clicks it. */
const webUrl = plainText()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'Must be an http or https URL' }));

export const optionalWebUrl = z
  .union([z.literal('').transform(() => null), webUrl])
  .nullable()
  .optional()
  .transform((u) => u ?? null);

/** PostgreSQL `integer` ids stop at 2^31 − 1; a larger id would fail in the database instead of being unknown. */
export const maxId = 2 ** 31 - 1;

export const id = z.number().int().positive().max(maxId);

/**
 * A whole number as a path or query string writes it: digits only, with no leading zero. `Number()`
 * would also take "0x10", "1e2", " 1", "+1" and "007", so that one record answered to many addresses.
 */
export const digits = z
  .string()
  .regex(/^\d+$/, { message: 'Must be a whole number written in digits', abort: true })
  .regex(/^(0|[1-9]\d*)$/, 'Must be written without leading zeros')
  .transform(Number);

// The OpenAPI document describes these as the integers they stand for, not as strings of digits.

/** A record id in a path or query string. */
export const idText = digits
  .pipe(z.number().min(1, 'Must be a positive id').max(maxId, 'No record has an id this large'))
  .meta({ type: 'integer', minimum: 1, maximum: maxId });

/**
 * The version a delete or restore was based on, from the query string: a stale one is refused, as
 * a PATCH's is. Without it, the record is deleted or restored as it stands.
 */
export const VersionQuery = z.strictObject({
  version: digits
    .pipe(z.number().min(1, 'Must be a positive version').max(maxId, 'No record has a version this large'))
    .meta({ type: 'integer', minimum: 1, maximum: maxId })
    .optional(),
});

/** How many items a list page holds, from the query string. */
export const pageLimit = digits
  .pipe(z.number().min(1).max(500))
  .default(100)
  .meta({ type: 'integer', minimum: 1, maximum: 500, default: 100 });

/** How many items of a ranked list come before the page asked for, from the query string. */
export const pageOffset = digits
  .pipe(z.number().max(maxId, 'Past the end of any list'))
  .default(0)
  .meta({ type: 'integer', minimum: 0, maximum: maxId, default: 0 });

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

// Not Date.UTC: it reads years 0 to 99 as 1900 to 1999.
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

function isRealPartialDate(s: string): boolean {
  const m = partialDatePattern.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  const year = Number(y);
  // The calendar has no year 0: 1 BC is followed by AD 1.
  if (year === 0) return false;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: how much of the date is written is how precisely it is known. */
export const partialDate = z
  .string()
  .trim()
  .refine(isRealPartialDate, 'Must be a real date written YYYY-MM-DD, YYYY-MM or YYYY');

/**
 * Today where the day is furthest ahead (UTC+14): a date that is today anywhere on Earth must pass,
 * whatever the clock of the server or the analyst's browser.
 */
const latestToday = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

/** The first day a partial date may mean: "2025" may be 1 January 2025, "2025-06" 1 June. */
const firstDayOf = (date: string) => (date + '-01-01').slice(0, 10);

/** A partial date that has begun: a claim is dated when it was made, which cannot be later than today. */
export const pastPartialDate = partialDate.refine(
  (date) => !isRealPartialDate(date) || firstDayOf(date) <= latestToday(),
  'Cannot be later than today',
);

export const isoDay = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealPartialDate(s), 'Must be a real date written YYYY-MM-DD');

export const timestamp = z.string();

/** Fields every stored record carries. */
export const recordMeta = {
  version: z.number().int().positive(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
};

/** Query-string booleans: only the words, because `Boolean("false")` is true. */
export const queryBoolean = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');
