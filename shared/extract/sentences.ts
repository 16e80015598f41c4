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

/** A line break ends a sentence unless the next line goes on in lower case (text wrapped by hand). */
function blocks(text: string): { start: number; end: number }[] {
  const lines = [...text.matchAll(/[^\r\n]*(?:\r?\n|$)/g)]
    .map((m) => ({ start: m.index, end: m.index + m[0].replace(/\r?\n$/, '').length }))
    .filter((l, i, all) => l.end > l.start || i < all.length - 1);
  const out: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | null = null;
  for (const line of lines) {
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

/** A sentence ends at . ! ? (and any closing quotes), before a space and a capital, digit or quote. */
const endPattern = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}]|\s*$)/gu;

/** Splits pasted article text into sentences, dropping page furniture; offsets refer to `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks(text)) {
    const body = text.slice(block.start, block.end);
    let from = 0;
    for (const m of body.matchAll(endPattern)) {
      const word = /([\p{L}.]+)\.$/u.exec(body.slice(Math.max(0, m.index - 12), m.index + 1))?.[1];
      if (m[0].startsWith('.') && word && (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
        continue;
      }
      pushTrimmed(sentences, text, block.start + from, block.start + m.index + m[0].length);
      from = m.index + m[0].length;
    }
    pushTrimmed(sentences, text, block.start + from, block.end);
  }
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number) {
  while (end - start > maxSentenceLength) {
    const cut = text.lastIndexOf(' ', start + maxSentenceLength);
    const at = cut > start ? cut : start + maxSentenceLength;
    pushTrimmed(out, text, start, at);
    start = at;
  }
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === '') return;
  out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}
