import type { Attribution } from './attribution.js';
import type { DatePhrase } from './dates.js';

/** A date this many words or fewer after a reporting verb says when it was said: "said in a statement on Friday". */
const wordsAfterVerb = 3;

/** Where the word after the first `count` words from `from` starts, a word being a run of non-spaces. */
function wordStartAfter(sentence: string, from: number, count: number): number {
  let words = 0;
  for (let i = from; i < sentence.length; i++) {
    const startsWord = !/\s/.test(sentence[i]!) && (i === from || /\s/.test(sentence[i - 1]!));
    if (startsWord && ++words > count) return i;
  }
  return Infinity;
}

/** The index of the first of `sorted` for which `atOrPast` holds, or its length. */
function firstWhere<T>(sorted: readonly T[], atOrPast: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (atOrPast(sorted[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * For each attribution cue of `sentence`, the date when the source said it: the nearest date before
 * the cue ("On Friday, KCNA said"; "… ceremony on Friday, according to KCNA") or just after its verb
 * ("said on Friday"), the earlier one when both are as near. A date further on belongs to what is
 * reported ("said the unit was dispatched in early August"), and "by mid-January" bounds the count
 * rather than dating the claim. `dates` are the sentence's, in order and not overlapping, as
 * `findDates` gives them; each cue finds its two candidates by halving rather than by reading every
 * date, which made a sentence of cues and dates quadratic.
 */
export function statementDater(sentence: string, dates: readonly DatePhrase[]): (cue: Attribution) => string | null {
  const usable = dates.filter((d) => !d.bound && d.resolved !== null);
  return (cue) => {
    const before = usable[firstWhere(usable, (d) => d.end > cue.start) - 1];
    const after = usable[firstWhere(usable, (d) => d.start >= cue.end)];
    const near = after && after.start <= wordStartAfter(sentence, cue.end, wordsAfterVerb) ? after : undefined;
    if (before && (!near || cue.start - before.end <= near.start - cue.end)) return before.resolved;
    return near?.resolved ?? null;
  };
}
