import { describe, expect, it } from 'vitest';
import { growth, linearGrowth } from '../../tests/support/growth.js';
import { splitSentences } from './sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks, keeping closing quotes', () => {
    expect(texts('KCNA said nine died. Kim called it a “heartrending loss.” Was it? Yes!')).toEqual([
      'KCNA said nine died.',
      'Kim called it a “heartrending loss.”',
      'Was it?',
      'Yes!',
    ]);
  });

  it('does not split after abbreviations, initials or inside decimals', () => {
    expect(
      texts('On Dec. 9 the U.S. said 1.5 million shells went to Russia. Gen. Kim agreed. John F. Kennedy did not.'),
    ).toEqual([
      'On Dec. 9 the U.S. said 1.5 million shells went to Russia.',
      'Gen. Kim agreed.',
      'John F. Kennedy did not.',
    ]);
  });

  it('ends a sentence at a line break unless the next line goes on in lower case', () => {
    expect(texts('Kim Jong Un Welcomes Troops\nThe ceremony honored the regiment\nof engineers.')).toEqual([
      'Kim Jong Un Welcomes Troops',
      'The ceremony honored the regiment\nof engineers.',
    ]);
  });

  it('skips page furniture lines', () => {
    expect(texts('Share\nAdvertisement\nNine soldiers died.\n\nLeave a Comment')).toEqual(['Nine soldiers died.']);
  });

  it('gives offsets into the input', () => {
    const text = '  Share\n\n  Nine soldiers died.   Twelve were hurt.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a run of 5,000 characters with no sentence end into pieces of at most 1,000', () => {
    const pieces = splitSentences('word '.repeat(1000));
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(1000);
  });
});

describe('splitSentences on hostile text', () => {
  it('takes a lone \\r for a line break, as old Mac files end lines', () => {
    expect(texts('Kim Jong Un Welcomes Troops\rNine soldiers died.\r\nTwelve were hurt.')).toEqual([
      'Kim Jong Un Welcomes Troops',
      'Nine soldiers died.',
      'Twelve were hurt.',
    ]);
  });

  // Sizes small enough that the quadratic splitter this replaces fails in seconds rather than minutes.
  it.each([
    ['a long row of dots', 2_000, (n: number) => `a${'.'.repeat(n)}a`],
    ['dots, then spaces, then a lower-case word', 2_000, (n: number) => `${'.'.repeat(n / 2)}${' '.repeat(n / 2)}x`],
    ['a long line before a lone \\r', 2_000, (n: number) => `${'a'.repeat(n)}\rb`],
    // Cut into pieces of 1,000 characters, each cut used to look for a space back to the start.
    ['a long word after a space, with no sentence end', 25_000, (n: number) => ` ${'x'.repeat(n)}`],
  ])('reads %s in time that grows linearly with its length', (_name, size, input) => {
    expect(growth(splitSentences, input, size)).toBeLessThan(linearGrowth);
  });
});
