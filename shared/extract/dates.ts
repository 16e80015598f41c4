import { parseNumberWords } from './numberWords.js';
import { takenSpans } from './takenSpans.js';
/**
 * Date phrases in a sentence, resolved to a partial date (YYYY-MM-DD, YYYY-MM or YYYY) with the
 * precision the words really give: "on Friday" is a day, "last month" a month, "last year" a year.
 * Relative phrases, and explicit dates without a year, need the article's publication day; without it
 * they are still found (so their numbers are not proposed as figures) but resolve to null.
 */

export interface DatePhrase {
  start: number;
  end: number;
  text: string;
  /** The partial date, or null when the phrase cannot be pinned down ("last week", no publication day). */
  resolved: string | null;
  /**
   * "by mid-January", "as of March", "since 2024": the date bounds what is counted, it is not when the
   * figure was said.
   */
  bound: boolean;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Capitalised only: "may" and "march" are verbs. Abbreviations may carry a dot. */
const month = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const year = String.raw`(1[89]\d\d|20\d\d)`;
const weekday = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** Words before a date that make it a bound on what is counted rather than when it was said. */
const boundWords = String.raw`by|as\s+of|as\s+at|since|until|till|through|from`;

const monthIndex = (name: string): number =>
  monthNames.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function publishedDay(publishedOn: string | null | undefined): Date | null {
  if (!publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) return null;
  const d = new Date(`${publishedOn}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function realDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? ymd(date) : null;
}

/** A month and day without a year: the latest such day on or before publication. */
function yearForMonthDay(pub: Date | null, m: number, d: number): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  return m * 100 + d > (pub.getUTCMonth() + 1) * 100 + pub.getUTCDate() ? y - 1 : y;
}

/** A month without a year: the latest such month on or before publication ("last March": strictly before). */
function yearForMonth(pub: Date | null, m: number, strictlyBefore: boolean): number | null {
  if (!pub) return null;
  const y = pub.getUTCFullYear();
  const pm = pub.getUTCMonth() + 1;
  return m > pm || (strictlyBefore && m === pm) ? y - 1 : y;
}

interface Rule {
  name: string;
  pattern: RegExp;
  resolve(m: RegExpExecArray, pub: Date | null): string | null;
  /** When given, a match it refuses is not a date at all (and its numbers stay figures). */
  accept?(m: RegExpExecArray): boolean;
}

/** Tried in this order; a later match overlapping an earlier one is dropped. */
const rules: Rule[] = [
  {
    name: 'ISO date, 2025-12-13',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => realDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 12/13/2025 and 13/12/2025 both occur; only a day past 12 says which is which.
    name: 'numeric date, 13/12/2025',
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
    resolve: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      if (a > 12 && b <= 12) return realDay(y, b, a);
      if (b > 12 && a <= 12) return realDay(y, a, b);
      return null;
    },
  },
  {
    name: 'month and day, "December 12, 2025" / "Friday, Dec. 12"',
    pattern: new RegExp(
      String.raw`(?:\b(?:${boundWords}|on)\s+)?(?:${weekday},?\s+)?\b${month}\s+${day}\b(?:,?\s+${year}\b)?`,
      'g',
    ),
    resolve: (m, pub) => {
      const mo = monthIndex(m[2]!);
      const d = Number(m[3]);
      const y = m[4] ? Number(m[4]) : yearForMonthDay(pub, mo, d);
      return y === null ? null : realDay(y, mo, d);
    },
  },
  {
    name: 'day and month, "12 December 2025"',
    pattern: new RegExp(
      String.raw`(?:\b(?:${boundWords}|on)\s+)?(?:the\s+)?\b${day}\s+(?:of\s+)?${month}(?![\p{L}])(?:,?\s+${year}\b)?`,
      'gu',
    ),
    resolve: (m, pub) => {
      const mo = monthIndex(m[2]!);
      const d = Number(m[1]);
      const y = m[3] ? Number(m[3]) : yearForMonthDay(pub, mo, d);
      return y === null ? null : realDay(y, mo, d);
    },
  },
  {
    // A bare month needs a word before it or a year after it: "May" alone is too often a name or a verb.
    name: 'month, "in March 2025" / "last month of March" / "by mid-January"',
    pattern: new RegExp(
      String.raw`\b(?:(${boundWords}|in|during|of|last|this|earlier\s+in|later\s+in)\s+)?(?:(early|late|mid)[\s-]+)?${month}(?![\p{L}])(?:,?\s+${year}\b)?`,
      'gu',
    ),
    accept: (m) => Boolean(m[1] || m[2] || m[4]),
    resolve: (m, pub) => {
      const mo = monthIndex(m[3]!);
      const y = m[4] ? Number(m[4]) : yearForMonth(pub, mo, m[1] === 'last');
      return y === null ? null : ym(y, mo);
    },
  },
  {
    name: 'year after a preposition, "in 2024"',
    pattern: new RegExp(
      String.raw`\b(?:${boundWords}|in|during|of|early|late|mid|before|after)[\s-]+(?:the\s+(?:end|start|beginning)\s+of\s+)?${year}\b`,
      'g',
    ),
    resolve: (m) => m[1]!,
  },
  {
    name: 'today',
    pattern: /\b(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, pub) => (pub ? ymd(pub) : null),
  },
  {
    name: 'yesterday',
    pattern: /\b(?:on\s+)?yesterday\b/gi,
    resolve: (_m, pub) => (pub ? ymd(addDays(pub, -1)) : null),
  },
  {
    // "on Friday" in an article of Saturday 13 December is Friday 12 December; "last Friday" on a
    // Friday is a week before, while "Friday" on a Friday is the same day.
    name: 'weekday, "on Friday"',
    pattern: new RegExp(String.raw`\b(?:(on|last|this|past)\s+)?${weekday}\b`, 'g'),
    resolve: (m, pub) => {
      if (!pub) return null;
      const target = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(m[2]!);
      let back = (pub.getUTCDay() - target + 7) % 7;
      if (back === 0 && m[1] === 'last') back = 7;
      return ymd(addDays(pub, -back));
    },
  },
  {
    name: '"last month", "this year", "last week"',
    pattern: /\b(last|this|earlier\s+this|past|late\s+last|early\s+last|earlier\s+last)\s+(week|month|year)\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const previous = /last/i.test(m[1]!);
      const unit = m[2]!.toLowerCase();
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth() + 1;
      if (unit === 'year') return String(previous ? y - 1 : y);
      if (unit === 'month') return previous ? (mo === 1 ? ym(y - 1, 12) : ym(y, mo - 1)) : ym(y, mo);
      return null; // a week can straddle two months: no precision to give
    },
  },
  {
    name: '"two days ago"',
    pattern:
      /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+ago\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const word = m[1]!.toLowerCase();
      const n = word === 'a' || word === 'an' ? 1 : (parseNumberWords([word])?.value ?? Number(word));
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'day') return ymd(addDays(pub, -n));
      if (unit === 'month') {
        const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, 1));
        return ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
      }
      if (unit === 'year') return String(pub.getUTCFullYear() - n);
      return null;
    },
  },
  {
    name: '"in recent months"',
    pattern: /\bin\s+recent\s+(?:days|weeks|months|years)\b/gi,
    resolve: () => null,
  },
];

const boundPrefix = new RegExp(String.raw`^(?:${boundWords})\b`, 'i');
const boundBefore = new RegExp(String.raw`\b(?:${boundWords})\s+(?:the\s+)?$`, 'i');

/** Every date phrase in `text`, in order; offsets are `offset` plus the position in `text`. */
export function findDates(text: string, publishedOn?: string | null, offset = 0): DatePhrase[] {
  const pub = publishedDay(publishedOn);
  const found: DatePhrase[] = [];
  const taken = takenSpans(text.length);
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (rule.accept && !rule.accept(m)) continue;
      if (taken.overlaps({ start, end })) continue;
      taken.take({ start, end });
      const before = text.slice(Math.max(0, start - 12), start);
      found.push({
        start: offset + start,
        end: offset + end,
        text: m[0],
        resolved: rule.resolve(m, pub),
        bound: boundPrefix.test(m[0]) || boundBefore.test(before),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
