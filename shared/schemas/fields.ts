import { z } from 'zod';

/** PostgreSQL text cannot hold a NUL character: refused here rather than failing in the database. */
export const plainText = () => z.string().refine((s) => !s.includes('\0'), 'Must not contain NUL characters');

/** A required, trimmed, length-limited string. */
export const requiredText = (max: number) => plainText().trim().min(1, 'Required').max(max);

/**
 * An optional free-text field: blank input means "not given" and is stored as null,
 * so that "" and null never mean two different things.
 */
export const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

/** Only http(s): a `javascript:` or `data:` citation would run when an analyst clicks it. */
export const webUrl = plainText()
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
 * A whole number as a path or query string writes it: digits only. `Number()` would also take
 * "0x10", "1e2", " 1" and "+1", so that one record answered to many addresses.
 */
const digits = z.string().regex(/^\d+$/, 'Must be a whole number written in digits').transform(Number);

/** A record id in a path or query string. */
export const idText = digits.pipe(
  z.number().min(1, 'Must be a positive id').max(maxId, 'No record has an id this large'),
);

/** How many items a list page holds, from the query string. */
export const pageLimit = digits.pipe(z.number().min(1).max(500)).default(100);

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealPartialDate(s: string): boolean {
  const m = partialDatePattern.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: how much of the date is written is how precisely it is known. */
export const partialDate = z
  .string()
  .trim()
  .refine(isRealPartialDate, 'Must be a real date written YYYY-MM-DD, YYYY-MM or YYYY');

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
