/**
 * Sources that may be one under two names, found by the keys their names reduce to: each name
 * gives its plain key (case, accents, punctuation and a leading "the" aside) and the keys of what it may stand for —
 * without a parenthesised speaker or acronym, the acronym itself, or what a "citing …" clause cites.
 * A pair is proposed when one record's key is another's plain key. Records are grouped by key in
 * one pass, never compared pair by pair, so a catalogue of 10,000 sources costs 10,000 look-ups.
 */

export type DuplicateReason = 'spelling' | 'acronym' | 'speaker' | 'citing';

export interface Named {
  id: number;
  name: string;
  aliases: readonly string[];
}

export interface DuplicatePair {
  /** The record to merge: the longer form, or the later of two spellings. */
  sourceId: number;
  /** The record to merge it into. */
  intoId: number;
  reason: DuplicateReason;
}

/** Pairs proposed at most, for one page an analyst can work through. */
export const maxDuplicatePairs = 200;

export const plainKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');

const parenthesised = /^(.*?)\s*\(([^()]+)\)\s*$/;
const citing = /\b(?:citing|according to|quoting)\s+(.+)$/i;
/** An acronym as written in brackets: one word of capitals and digits, "NIS", "JCS", "DIU". */
const acronym = /^[\p{Lu}\d&]{2,10}$/u;

/** What a name may stand for besides itself, each with why. */
export function derivedKeys(name: string): [key: string, reason: DuplicateReason][] {
  const keys: [string, DuplicateReason][] = [];
  const cited = citing.exec(name);
  if (cited) keys.push([plainKey(cited[1]!), 'citing']);
  const bracket = parenthesised.exec(name);
  if (bracket) {
    const [, base, inside] = bracket;
    const isAcronym = acronym.test(inside!.trim());
    keys.push([plainKey(base!), isAcronym ? 'acronym' : 'speaker']);
    if (isAcronym) keys.push([plainKey(inside!), 'acronym']);
  }
  return keys.filter(([key]) => key !== '');
}

const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The pairs of `records` that may be one, but not those in `dismissed` (as `pairKey` writes them). */
export function proposeDuplicates(
  records: readonly Named[],
  dismissed: ReadonlySet<string> = new Set(),
  limit = maxDuplicatePairs,
): DuplicatePair[] {
  const byPlainKey = new Map<string, number[]>();
  for (const record of records) {
    for (const name of [record.name, ...record.aliases]) {
      const holders = byPlainKey.get(plainKey(name)) ?? [];
      if (!holders.includes(record.id)) holders.push(record.id);
      byPlainKey.set(plainKey(name), holders);
    }
  }
  const pairs: DuplicatePair[] = [];
  const proposed = new Set<string>();
  const propose = (sourceId: number, intoId: number, reason: DuplicateReason) => {
    const key = pairKey(sourceId, intoId);
    if (sourceId === intoId || proposed.has(key) || dismissed.has(key)) return;
    proposed.add(key);
    pairs.push({ sourceId, intoId, reason });
  };
  for (const record of records) {
    for (const name of [record.name, ...record.aliases]) {
      if (pairs.length >= limit) return pairs;
      // Two spellings of one name: the later record goes into the earlier.
      for (const other of byPlainKey.get(plainKey(name)) ?? []) {
        if (other < record.id) propose(record.id, other, 'spelling');
      }
      for (const [key, reason] of derivedKeys(name)) {
        for (const other of byPlainKey.get(key) ?? []) propose(record.id, other, reason);
      }
    }
  }
  return pairs.slice(0, limit);
}

export { pairKey as duplicatePairKey };
