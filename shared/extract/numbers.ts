import type { DatePhrase } from './dates.js';
import { numberWordList, parseNumberWords } from './numberWords.js';
import { takenSpans } from './takenSpans.js';

/** A number written in a sentence, before qualifiers and ranges are read around it. */
export interface FoundNumber {
  /** Offsets in the sentence string. */
  start: number;
  end: number;
  value: number;
  /** "several hundred", "thousands of": a number that is a range by itself. */
  vague?: { low: number; high: number };
  form: 'digits' | 'words' | 'vague';
  /**
   * The place value of the leading group: 1000 for "12,000" or "12 thousand", 1e6 for "12 million",
   * 1 for "12". Lets "11 to 12,000" read as 11,000 to 12,000.
   */
  magnitude: number;
  /** Written as plain digits: no separator, decimal or scale word (the "11" of "11 to 12,000"). */
  bare: boolean;
}

const scaleValues: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/**
 * Digits, with thousands separators (comma, space, no-break space) and decimals. Never right after a
 * letter, or a letter and a hyphen: "G7", "Su-34", "KN-23", "COVID-19" are names, not counts. Letters
 * glued on after are captured to be judged: ordinals ("528th"), scales ("2.5k"), or names ("5G").
 */
const digitPattern =
  /(?<!\p{L}[-‐]?)(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)*)(\p{L}+)?/gu;

/** A scale word after the digits: "1.5 million", "4 thousand", "15-hundred", "27 hundred". */
const scaleAfter = /^(?:[ \u00a0]+|[-‐])(hundred|thousand|million|billion|trillion|bn|mn)\b/i;

const wordAlternatives = numberWordList.join('|');
/** A run of number words, which may end in digits after a scale word ("four-thousand-100"). */
const wordRunPattern = new RegExp(
  String.raw`\b(?:(?:a|an)[\s-]+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:${wordAlternatives})(?:[\s-]+(?:and[\s-]+)?(?:${wordAlternatives}|\d+(?![\d,.]\d)))*\b`,
  'gi',
);

/**
 * Amounts given in words that promise a range rather than a number. "Several hundred" is stored as
 * 200–999, as the demo data does for the Pentagon's "several hundred casualties": more than one
 * hundred, fewer than a thousand. "Thousands of" is likewise 2,000–9,999.
 */
const vagueAmounts: { pattern: RegExp; low: number; high: number }[] = [
  { pattern: /\bhundreds\s+of\s+thousands\b/gi, low: 200_000, high: 999_999 },
  { pattern: /\btens\s+of\s+thousands\b/gi, low: 20_000, high: 99_999 },
  { pattern: /\b(?:several|a\s+few)\s+hundred\s+thousand\b/gi, low: 200_000, high: 999_999 },
  { pattern: /\b(?:several|a\s+few)\s+thousand\b/gi, low: 2_000, high: 9_999 },
  { pattern: /\b(?:several|a\s+few)\s+hundred\b/gi, low: 200, high: 999 },
  { pattern: /\bthousands\b/gi, low: 2_000, high: 9_999 },
  { pattern: /\bhundreds\b/gi, low: 200, high: 999 },
];

/** Numbers inside these are part of something else: a clock time, a phone number, page furniture. */
const notFigureSpans: { why: string; pattern: RegExp }[] = [
  {
    why: 'clock time, "12:30", "9:05 a.m."',
    pattern: /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?=\W|$)/gi,
  },
  { why: 'clock time, "10 a.m."', pattern: /\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)(?![\p{L}])/giu },
  { why: 'clock time, "1430 GMT"', pattern: /\b\d{3,4}\s*(?:GMT|UTC|KST|EST|EDT|CET|BST|local\s+time)\b/g },
  {
    why: 'phone number, "(202) 555-0143", "+44 20 7946 0958"',
    pattern: /(?:\+\d[\d\s().-]{7,}\d|(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b)/g,
  },
  { why: 'page furniture, "3 min read"', pattern: /\b\d+\s*(?:min|minute)s?\s+read\b/gi },
];

/** Capitalised names that a number belongs to rather than counts: "Regiment 528", "Unit 6", "No. 5". */
const designationBefore =
  /\b(?:Regiment|Brigade|Division|Corps|Battalion|Unit|Squadron|Fleet|Army|Article|Resolution|Section|Chapter|Page|No\.|Nos\.|Number|Room|Route|Highway|Flight|Gate|Sector|Zone|Phase|Level|Block|Building|Apollo|Boeing|Airbus|Hwasong|Kh|Su|MiG)\s+$/;

/** Words after a year that do not make it a count: "in 2024 the army…", "2024 was…". */
const functionWords = new Set(
  'a an the and or but of in on at to for from by with as was were is are be been has have had when while that which who after before during since until than this these those it its their his her they we'.split(
    ' ',
  ),
);

/** Why a number just found is not a figure after all, judged from the words around it. */
const notFigureRules: { why: string; test(before: string, after: string, n: FoundNumber, text: string): boolean }[] = [
  { why: 'age, "aged 25"', test: (before) => /\b(?:aged|age|ages)\s+$/i.test(before) },
  { why: 'age, "25-year-old", "25 years old"', test: (_b, after) => /^(?:[-‐\s]years?[-‐\s]olds?\b)/i.test(after) },
  { why: 'percentage: a rate, not a count', test: (_b, after) => /^\s*(?:%|percent\b|per\s*cent\b|pc\b)/i.test(after) },
  {
    why: 'ordinal in words, "twenty-first"',
    test: (_b, after) => /^[-‐](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(after),
  },
  { why: 'clock time, "at 10 o\'clock"', test: (_b, after) => /^\s*o['’]clock\b/i.test(after) },
  { why: 'designation, "Regiment 528", "No. 5"', test: (before) => designationBefore.test(before) },
  {
    // "one" is an article or pronoun far more often than a count: "one of", "one engineer regiment".
    why: 'a lone "one"',
    test: (_b, _a, n, text) => n.form === 'words' && /^one$/i.test(text.slice(n.start, n.end)),
  },
  {
    // A bare 1800–2099 is a year unless a plural noun follows it: "sent 2000 troops" counts, while
    // "in 2024 the…", "a 2023 parade" and "the 2024 elections" name years. News style writes counts
    // from 1,000 up with a comma, so a bare four-digit number is a year far more often than not.
    why: 'year, "2024"',
    test: (before, after, n) => {
      if (!(n.bare && n.value >= 1800 && n.value <= 2099 && Number.isInteger(n.value))) return false;
      const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1];
      if (next === undefined || functionWords.has(next)) return true;
      if (/\b(?:a|an|the|its|this|that|his|her|their|our|last|next)\s+$/i.test(before)) return true;
      return !/[^s]s$/.test(next);
    },
  },
];

function readDigits(raw: string, scaled: boolean): { value: number; magnitude: number; bare: boolean } | null {
  const grouped = /^\d{1,3}(?:([, \u00a0\u202f])\d{3})+(?:\.\d+)?$/.exec(raw);
  if (grouped) {
    const groups = raw.split('.')[0]!.split(/[, \u00a0\u202f]/).length;
    return { value: Number(raw.replace(/[, \u00a0\u202f]/g, '')), magnitude: 1000 ** (groups - 1), bare: false };
  }
  if (/^\d+$/.test(raw)) return { value: Number(raw), magnitude: 1, bare: true };
  // "15.000" with no scale word after: the thousands separator of most of Europe, as in wire copy
  // translated in a hurry. With a scale word ("2.125 million") it is a decimal point.
  if (!scaled && /^\d{1,3}(?:\.\d{3})+$/.test(raw)) {
    const groups = raw.split('.').length;
    return { value: Number(raw.replace(/\./g, '')), magnitude: 1000 ** (groups - 1), bare: false };
  }
  if (/^\d+\.\d+$/.test(raw)) return { value: Number(raw), magnitude: 1, bare: false };
  return null; // "1.2.3": a version or a reference, not a quantity
}

/** Every number in `text` that may be a figure, in order; `dates` are the date phrases already found in it. */
export function findNumbers(text: string, dates: readonly DatePhrase[] = [], dateOffset = 0): FoundNumber[] {
  const blocked = takenSpans(text.length);
  for (const d of dates) blocked.take({ start: d.start - dateOffset, end: d.end - dateOffset });
  for (const { pattern } of notFigureSpans) {
    for (const m of text.matchAll(pattern)) blocked.take({ start: m.index, end: m.index + m[0].length });
  }
  const found: FoundNumber[] = [];
  const taken = takenSpans(text.length);
  const add = (n: FoundNumber) => {
    if (blocked.overlaps(n) || taken.overlaps(n)) return;
    taken.take(n);
    found.push(n);
  };

  for (const { pattern, low, high } of vagueAmounts) {
    for (const m of text.matchAll(pattern)) {
      add({
        start: m.index,
        end: m.index + m[0].length,
        value: low,
        vague: { low, high },
        form: 'vague',
        magnitude: 1,
        bare: false,
      });
    }
  }

  for (const m of text.matchAll(digitPattern)) {
    const raw = m[1]!;
    const glued = m[2]?.toLowerCase();
    let end = m.index + raw.length;
    let scale = 1;
    if (glued !== undefined) {
      // "528th" is an ordinal, "5G" or "1990s" a name; only a glued scale ("2.5k", "$3bn") is kept.
      const s = scaleValues[glued];
      if (s === undefined || glued === 'hundred') continue;
      scale = s;
      end += glued.length;
    } else {
      const word = scaleAfter.exec(text.slice(end, end + 20));
      if (word) {
        scale = scaleValues[word[1]!.toLowerCase()]!;
        end += word[0].length;
      }
    }
    const digits = readDigits(raw, scale !== 1);
    if (!digits) continue;
    add({
      start: m.index,
      end,
      value: digits.value * scale,
      form: 'digits',
      magnitude: scale !== 1 ? scale : digits.magnitude,
      bare: digits.bare && scale === 1,
    });
  }

  for (const m of text.matchAll(wordRunPattern)) {
    const parts = [...m[0].matchAll(/[^\s\-‐]+/g)];
    const lower = parts.map((p) => p[0].toLowerCase());
    // A run may start with a word that cannot start a number ("hundred and four-thousand-100", after
    // "47-" was read as digits): read on from the next word until the run is used up.
    for (let from = 0; from < parts.length;) {
      const parsed = parseNumberWords(lower, from);
      if (!parsed) {
        from += 1;
        continue;
      }
      const first = parts[from]!;
      const last = parts[from + parsed.used - 1]!;
      const magnitude = wordMagnitude(lower.slice(from, from + parsed.used));
      add({
        start: m.index + first.index,
        end: m.index + last.index + last[0].length,
        value: parsed.value,
        form: 'words',
        magnitude,
        // "eleven to twelve thousand": a number word with no scale word is as bare as "11".
        bare: magnitude === 1,
      });
      from += parsed.used;
    }
  }

  return found
    .filter((n) => {
      const before = text.slice(Math.max(0, n.start - 60), n.start);
      const after = text.slice(n.end, n.end + 60);
      return !notFigureRules.some((rule) => rule.test(before, after, n, text));
    })
    .sort((a, b) => a.start - b.start);
}

/** "twelve thousand" → 1000, so that "eleven to twelve thousand" reads as a range of thousands. */
function wordMagnitude(parts: string[]): number {
  const firstScale = parts.find((p) => p in scaleValues);
  return firstScale ? scaleValues[firstScale]! : 1;
}
