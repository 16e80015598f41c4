import { numberWordList } from './numberWords.js';
import { isWord, tokenize, type Token } from './tokens.js';

/** What a figure counts: the words after it ("soldiers were killed"), and the one word that names it. */
export interface Counted {
  text: string;
  /** "soldiers" in "North Korean soldiers", "members" in "members of the regiment", "killed" in "were killed". */
  head: string;
  start: number;
  end: number;
}

/** Words that end a noun phrase: prepositions, conjunctions, auxiliaries, pronouns, articles. */
const phraseEnders = new Set(
  `of in on at to for from by with during since after before into onto across near under over between through against
  within without per via as than like about around toward towards alongside including among amid despite until upon
  and or but nor so yet while whereas because although though if when where that which who whom whose what
  is are was were be been being has have had do does did will would could can may might must shall should
  said says say told tells according reportedly also already now just only even still
  the a an this these those its their his her our your my it they them he she we i you there here
  not no than out off up down away back total some
  remain remains stay stays include includes face faces fight fights serve serves continue continues appear appears
  need needs get gets take takes make makes come comes go goes leave leaves return returns move moves hold holds
  expect expects suffer suffers join joins`.split(/\s+/),
);

/** Auxiliaries and hedges that may stand between a noun and its participle: "are believed to have been killed". */
const auxiliaries = new Set(
  `have has had were was are is been be being already now reportedly allegedly also all so far believed thought
  estimated said reported to likely probably since then later`.split(/\s+/),
);

/** Participles that say what happened to what is counted. Any other "-ed" word counts too. */
const participles = new Set(
  `killed died dead wounded injured dispatched deployed sent arrived captured missing fallen evacuated stationed
  transferred lost taken occurred returned surrendered hurt slain left gone fought held kept seen shown given
  brought caught`.split(/\s+/),
);
const isParticiple = (t: Token | undefined) =>
  isWord(t) && (participles.has(t.lower) || (/ed$/.test(t.lower) && !auxiliaries.has(t.lower)));

/** "120-day deployment": the hyphenated word after a number is a unit of measure, and is what is counted. */
const measureUnits = new Set(
  'day week month year hour minute mile kilometre kilometer km metre meter foot ton tonne'.split(' '),
);
/** "a 10,000-strong force": the word after the number describes the noun, which is what is counted. */
const sizeWords = new Set('strong man member person'.split(' '));

const numberWords = new Set(numberWordList);
const isNumberToken = (t: Token) => /^\d/.test(t.text) || numberWords.has(t.lower);
const determiners = new Set('the his its their her our this that these those'.split(' '));

const isNounPhraseWord = (t: Token | undefined): t is Token =>
  isWord(t) && !phraseEnders.has(t.lower) && !isNumberToken(t);

function span(text: string, offset: number, first: Token, last: Token, head: string): Counted {
  return {
    text: text.slice(first.start - offset, last.end - offset),
    head: head.toLowerCase().replace(/’/g, "'"),
    start: first.start,
    end: last.end,
  };
}

/**
 * Reads a noun phrase and the participle group after it ("North Korean soldiers were killed"), or
 * the participle group alone ("6,000 were killed" → "were killed"). Offsets are in the caller's text.
 */
function readForward(tokens: Token[], text: string, offset: number): Counted | null {
  let i = 0;
  let measure: Token | undefined;
  let size = false;
  // "120-day deployment": the tokenizer gives "-", "day".
  if (tokens[0]?.text.match(/^[-‐]$/) && isWord(tokens[1]) && tokens[0].start === tokens[1].start - 1) {
    if (measureUnits.has(tokens[1].lower.replace(/s$/, ''))) measure = tokens[1];
    else if (sizeWords.has(tokens[1].lower)) size = true;
    i = 1;
  }
  const noun: Token[] = [];
  let head: Token | undefined;
  for (; i < tokens.length && noun.length < 6; i++) {
    const t = tokens[i]!;
    if (!isNounPhraseWord(t)) break;
    // A participle or "-ing" word is an adjective only before a noun ("fallen soldiers", "engineering
    // troops"); otherwise it starts what happened to them ("killed or wounded", "fighting for Russia").
    const verbish = isParticiple(t) || /ing$/.test(t.lower);
    if (verbish && (noun.length > 0 || !isNounPhraseWord(tokens[i + 1]))) break;
    if (!(size && noun.length === 0 && t === tokens[1])) noun.push(t);
    head = t;
  }
  // "members of the regiment": one "of" phrase, when it names something ("the", a name).
  let ofEnd: Token | undefined;
  if (noun.length > 0 && tokens[i]?.lower === 'of') {
    let j = i + 1;
    if (tokens[j] && determiners.has(tokens[j]!.lower)) j += 1;
    let words = 0;
    while (words < 3 && isNounPhraseWord(tokens[j]) && !isParticiple(tokens[j])) {
      ofEnd = tokens[j];
      j += 1;
      words += 1;
    }
    if (ofEnd) i = j;
  }
  // The participle group: auxiliaries, then a participle, then maybe "or wounded".
  let k = i;
  while (tokens[k] && auxiliaries.has(tokens[k]!.lower)) k += 1;
  let verbEnd: Token | undefined;
  let firstParticiple: Token | undefined;
  if (isParticiple(tokens[k])) {
    firstParticiple = tokens[k];
    verbEnd = tokens[k];
    if (['or', 'and'].includes(tokens[k + 1]?.lower ?? '') && isParticiple(tokens[k + 2])) verbEnd = tokens[k + 2];
  } else if (k > i && /ed$/.test(tokens[k - 1]!.lower)) {
    // "casualties were reported": the last auxiliary is itself the participle.
    firstParticiple = tokens[k - 1];
    verbEnd = tokens[k - 1];
  }

  const first = noun[0] ?? (measure ? tokens[1] : undefined) ?? (verbEnd ? tokens[i] : undefined);
  const last = verbEnd ?? ofEnd ?? noun[noun.length - 1] ?? measure;
  if (!first || !last) return null;
  const headWord = measure ?? (noun.length > 0 ? head : firstParticiple);
  if (!headWord) return null;
  return span(text, offset, first, last, headWord.text);
}

/** A verb linking a subject to a figure at the end of a clause: "the injured are approaching 1,000". */
const linkingVerbs = new Set(
  `has have had is are was were stood stands stand reached reaches totaled totalled totals total numbered numbers
  rose risen climbed approaching exceeded topped surpassed`.split(/\s+/),
);
/** May follow the verb: "stood at", "rose to", "has already exceeded". */
const linkingParticles = new Set(['at', 'to', 'already', 'now']);
const countNouns = /\b(?:the\s+)?(?:number|total|toll|tally|count)\s+of\s+/gi;
/** "puts the toll at", "estimates the figure at": the noun itself is what is counted. */
const tollAt = /\b(figure|toll|tally|total|number|count)\s+(?:at|to)\s*$/i;

/**
 * When nothing follows the figure ("has already exceeded 3,000."), what it counts is named before it:
 * "the number of soldiers killed …", or the subject of a linking verb ("the injured are approaching").
 */
function readBackward(before: string, offset: number): Counted | null {
  const numberOf = [...before.matchAll(countNouns)].pop();
  if (numberOf) {
    const from = numberOf.index + numberOf[0].length;
    const found = readForward(tokenize(before.slice(from), offset + from), before, offset);
    if (found) return found;
  }
  const toll = tollAt.exec(before);
  if (toll) {
    const start = toll.index + offset;
    const word = toll[1]!;
    return { text: word, head: word.toLowerCase(), start, end: start + word.length };
  }
  const tokens = tokenize(before, offset);
  let i = tokens.length - 1;
  let linked = false;
  while (i >= 0 && (linkingVerbs.has(tokens[i]!.lower) || linkingParticles.has(tokens[i]!.lower))) {
    linked ||= linkingVerbs.has(tokens[i]!.lower);
    i -= 1;
  }
  if (!linked) return null;
  const noun: Token[] = [];
  while (i >= 0 && noun.length < 4 && isNounPhraseWord(tokens[i]) && !/^(?:the|a|an)$/i.test(tokens[i]!.text)) {
    noun.unshift(tokens[i]!);
    i -= 1;
  }
  if (noun.length === 0) return null;
  return span(before, offset, noun[0]!, noun[noun.length - 1]!, noun[noun.length - 1]!.text);
}

/**
 * What the figure ending at `end` counts, in `sentence` (whose text starts at `offset` in the input).
 * `skipOf`: for "hundreds of soldiers", where the "of" belongs to the amount.
 */
export function readCounted(
  sentence: string,
  figure: { start: number; end: number },
  offset = 0,
  skipOf = false,
): Counted | null {
  // Windows keep the work per figure bounded: a counted phrase is a few words.
  let after = sentence.slice(figure.end, figure.end + 120);
  let from = figure.end;
  if (skipOf) {
    const of = /^\s+of\b/i.exec(after);
    if (of) {
      from += of[0].length;
      after = after.slice(of[0].length);
    }
  }
  const forward = readForward(tokenize(after, offset + from), sentence, offset);
  if (forward) return forward;
  // Only at the end of a clause: "…exceeded 3,000." or "…approaching 1,000, officials said".
  if (/^\s*(?:[.,;:!?)"”]|$)/.test(after)) {
    const from = Math.max(0, figure.start - 120);
    return readBackward(sentence.slice(from, figure.start), offset + from);
  }
  return null;
}
