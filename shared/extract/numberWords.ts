/**
 * Numbers written in words: "nine", "a thousand", "twelve thousand", "one hundred and twenty",
 * "four-thousand-100". A small parser rather than a dependency: the one widely used package
 * (words-to-numbers) is unmaintained, and news copy needs only cardinal English numbers, plus the
 * digits-after-a-scale-word mix that wire copy uses ("four-thousand-100").
 */

const units: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const teens: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Every word the parser knows, for building the pattern that finds runs of them in a sentence. */
export const numberWordList = [
  ...Object.keys(units),
  ...Object.keys(teens),
  ...Object.keys(tens),
  'hundred',
  'dozen',
  ...Object.keys(scales),
];

type Last = 'start' | 'a' | 'unit' | 'teen' | 'ten' | 'hundred' | 'dozen' | 'scale' | 'digits' | 'and';

export interface WordNumber {
  value: number;
  /** How many of the parts were used: a run like "nine 120" stops after "nine". */
  used: number;
}

/**
 * Reads the longest valid run of `parts` (words already split on spaces and hyphens, lower case) that
 * starts at `from`. Returns null when not even that first part is a number.
 */
export function parseNumberWords(parts: readonly string[], from = 0): WordNumber | null {
  let total = 0;
  let group = 0;
  let last: Last = 'start';
  let lastScale = Infinity;
  let best: WordNumber | null = null;

  for (let i = from; i < parts.length; i++) {
    const p = parts[i]!;
    const ends = () => {
      if (last !== 'a' && last !== 'and') best = { value: total + group, used: i + 1 - from };
    };
    const afterBigger = last === 'hundred' || last === 'scale' || last === 'and';
    if ((p === 'a' || p === 'an') && last === 'start') {
      const next = parts[i + 1];
      if (next !== 'hundred' && next !== 'dozen' && !(next && next in scales)) break;
      group = 1;
      last = 'a';
      continue;
    }
    if (p === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
      continue;
    }
    if (p in units) {
      // "twenty-five" or "hundred and five"; never two units in a row ("nine nine").
      if (!(last === 'start' || last === 'ten' || afterBigger)) break;
      if (p === 'zero' && last !== 'start') break;
      group += units[p]!;
      last = 'unit';
    } else if (p in teens || p in tens) {
      if (!(last === 'start' || afterBigger)) break;
      group += (teens[p] ?? tens[p])!;
      last = p in teens ? 'teen' : 'ten';
    } else if (p === 'hundred') {
      if (!['a', 'unit', 'teen', 'ten'].includes(last) || group >= 100) break;
      group *= 100;
      last = 'hundred';
    } else if (p === 'dozen') {
      if (!['a', 'unit'].includes(last) || group >= 10) break;
      group *= 12;
      last = 'dozen';
    } else if (p in scales) {
      const scale = scales[p]!;
      if (!['a', 'unit', 'teen', 'ten', 'hundred', 'digits'].includes(last) || scale >= lastScale) break;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    } else if (/^\d+$/.test(p)) {
      // Digits only after a scale word, and smaller than it: "four-thousand-100".
      const n = Number(p);
      if (!(last === 'scale' || last === 'and' || last === 'hundred') || n >= Math.min(lastScale, 1000)) break;
      if (last === 'hundred' && n >= 100) break;
      group += n;
      last = 'digits';
    } else {
      break;
    }
    ends();
  }
  return best;
}
