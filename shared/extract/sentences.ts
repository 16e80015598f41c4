import { isFurniture } from './furniture.js';

export interface Sentence {
  text: string;
  /** Offsets in the input: `input.slice(start, end) === text`. */
  start: number;
  end: number;
}

/**
 * Longer "sentences" (a table pasted as one line, a run-on list) are cut at a space before this many
 * characters, so that the work done per figure, which reads its sentence, stays bounded.
 */
const maxSentenceLength = 1000;

/** Words that end with a dot without ending the sentence. */
const abbreviations = new Set(
  `mr mrs ms dr prof gen lt col sgt capt cpl maj adm gov sen rep st jr sr no nos vs etc approx ca c est fig
  jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m`.split(/\s+/),
);

/** The text's lines, without their breaks: \n, \r\n, or the lone \r of old Mac files. */
function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n?|\n/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** A line break ends a sentence unless the next line goes on in lower case (text wrapped by hand). */
function blocks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '' || isFurniture(content)) {
      open = null;
      continue;
    }
    if (open && /^\s*\p{Ll}/u.test(content)) {
      open.end = line.end;
      continue;
    }
    open = { ...line };
    out.push(open);
  }
  return out;
}

const endMarks = new Set(['.', '!', '?', '…']);
const closingQuotes = new Set(['"', "'", '”', '’', ')', ']']);
const openingQuotes = new Set(['"', "'", '“', '‘', '(', '[']);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isCapitalOrDigit = (text: string, at: number) => /^[\p{Lu}\p{N}]/u.test(text.slice(at, at + 2));

/** What may follow a sentence: a space and a capital, digit or opening quote, or only spaces to the end. */
function nextSentenceStarts(body: string, at: number): boolean {
  let i = at;
  while (isSpace(body[i])) i += 1;
  if (i === body.length) return true;
  if (i === at) return false;
  if (openingQuotes.has(body[i]!)) i += 1;
  return isCapitalOrDigit(body, i);
}

/**
 * Where a sentence may end: a run of . ! ? … with any closing quotes after it, where the next
 * sentence starts. Read once from left to right: the pattern this replaces tried again from every
 * mark of a run and read the whole run each time, so a row of dots took minutes.
 */
function* sentenceEnds(body: string): Generator<{ start: number; end: number }> {
  let i = 0;
  while (i < body.length) {
    if (!endMarks.has(body[i]!)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < body.length && endMarks.has(body[i]!)) i += 1;
    while (i < body.length && closingQuotes.has(body[i]!)) i += 1;
    if (nextSentenceStarts(body, i)) yield { start, end: i };
  }
}

/** Splits pasted article text into sentences, dropping page furniture; offsets refer to `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks(text)) {
    const body = text.slice(block.start, block.end);
    let from = 0;
    for (const end of sentenceEnds(body)) {
      const word = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(0, end.start - 12), end.start + 1))?.[1];
      if (body[end.start] === '.' && word && (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
        continue;
      }
      pushTrimmed(sentences, text, block.start + from, block.start + end.end);
      from = end.end;
    }
    pushTrimmed(sentences, text, block.start + from, block.end);
  }
  return sentences;
}

/** The last space after `after` and at or before `upTo`, or -1; searched back no further than `after`. */
function lastSpace(text: string, after: number, upTo: number): number {
  for (let i = upTo; i > after; i--) if (text[i] === ' ') return i;
  return -1;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number) {
  while (end - start > maxSentenceLength) {
    const cut = lastSpace(text, start, start + maxSentenceLength);
    const at = cut !== -1 ? cut : start + maxSentenceLength;
    pushTrimmed(out, text, start, at);
    start = at;
  }
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return;
  out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
