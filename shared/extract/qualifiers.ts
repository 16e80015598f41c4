import { phrasePattern } from './tokens.js';

export type PointKind = 'exact' | 'approximate' | 'at_least' | 'at_most';

/**
 * Words before a figure that change what it claims. Each keeps the source's wording: "more than
 * 6,000" is a floor, not a number. The longest phrase wins, so "no more than" is a ceiling.
 */
const qualifiersBefore: Record<Exclude<PointKind, 'exact'>, readonly string[]> = {
  at_least: [
    'more than',
    'over',
    'well over',
    'just over',
    'at least',
    'in excess of',
    'upwards of',
    'upward of',
    'exceeded',
    'exceeds',
    'exceeding',
    'topped',
    'surpassed',
    'no fewer than',
    'no less than',
    'not less than',
    'a minimum of',
    'a minimum',
  ],
  at_most: [
    'as many as',
    'up to',
    // "nearly" and "almost" say the true figure is below the number, however close: a ceiling.
    'nearly',
    'almost',
    'close to',
    'approaching',
    'fewer than',
    'less than',
    'under',
    'just under',
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
  ],
  approximate: [
    'about',
    'around',
    'some',
    'roughly',
    'approximately',
    'approx.',
    'an estimated',
    'estimated',
    'an estimated total of',
    'circa',
    'ca.',
    'in the region of',
    'on the order of',
    'an approximate',
  ],
};

/** After the figure: "6,000 or more", "6,000-plus", "6,000+", "300 or so". */
const qualifiersAfter: Record<Exclude<PointKind, 'exact'>, readonly string[]> = {
  at_least: ['or more', 'plus', '-plus', '+', 'and more'],
  at_most: ['or fewer', 'or less'],
  approximate: ['or so'],
};

const kindOf = (table: Record<string, readonly string[]>, phrase: string): PointKind =>
  (Object.entries(table).find(([, phrases]) =>
    phrases.some((p) => p === phrase.toLowerCase().replace(/\s+/g, ' ')),
  )?.[0] ?? 'exact') as PointKind;

const beforePattern = new RegExp(
  String.raw`(?<![\p{L}])(${phrasePattern(Object.values(qualifiersBefore).flat())})\s*$`,
  'iu',
);
const afterPattern = new RegExp(
  String.raw`^(?:\s*(${phrasePattern(['or more', 'or fewer', 'or less', 'or so', 'and more', 'plus'])})\b|(-plus\b|\+))`,
  'iu',
);

export interface Qualifier {
  kind: PointKind;
  /** Characters the wording takes before (or after) the figure, to widen its highlighted span. */
  length: number;
}

/** The qualifier that `before` (the text up to a figure) ends with, if any. */
export function qualifierBefore(before: string): Qualifier | null {
  const m = beforePattern.exec(before);
  if (!m) return null;
  return { kind: kindOf(qualifiersBefore, m[1]!), length: before.length - m.index };
}

/** The qualifier that `after` (the text from the end of a figure) starts with, if any. */
export function qualifierAfter(after: string): Qualifier | null {
  const m = afterPattern.exec(after);
  if (!m) return null;
  const phrase = (m[1] ?? m[2]!).toLowerCase();
  return { kind: kindOf(qualifiersAfter, phrase), length: m[0].length };
}
