/** A word or a punctuation mark, with its offsets in the text it was read from. */
export interface Token {
  text: string;
  /** Lower-cased, with curly apostrophes made straight, for comparing against the rule tables. */
  lower: string;
  start: number;
  end: number;
}

/**
 * Words keep their inner apostrophes, hyphens and dots ("Russia’s", "state-run", "U.S"), so that a
 * possessive or a compound stays one word; every other non-space character is a token of its own.
 */
const tokenPattern = /[\p{L}\p{N}]+(?:['’\-‐.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** "casualties" → "casualty", "troops" → "troop", "days" → "day": enough to compare a word with a unit. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Builds `\b(?:a|b|c)\b` from a table of phrases, longest first, with spaces matching any run of spaces. */
export function phrasePattern(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
