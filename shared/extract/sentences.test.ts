import { describe, expect, it } from 'vitest';
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
