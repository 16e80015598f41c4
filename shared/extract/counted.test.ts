import { describe, expect, it } from 'vitest';
import { readCounted } from './counted.js';

/** What the figure written as `figure` in `sentence` counts: [text, head]. */
function counted(sentence: string, figure: string) {
  const start = sentence.indexOf(figure);
  const c = readCounted(sentence, { start, end: start + figure.length }, 0, /^(?:hundreds|thousands)$/.test(figure));
  if (c) expect(sentence.slice(c.start, c.end)).toBe(c.text);
  return c && [c.text, c.head];
}

describe('readCounted', () => {
  it.each([
    ['nine soldiers were killed, calling', 'nine', 'soldiers were killed', 'soldiers'],
    [
      'more than 6,000 North Korean soldiers were killed during',
      '6,000',
      'North Korean soldiers were killed',
      'soldiers',
    ],
    ['Nine members of the regiment died during', 'Nine', 'members of the regiment died', 'members'],
    ['during the 120-day deployment', '120', 'day deployment', 'day'],
    ['about 120 days.', '120', 'days', 'days'],
    ['a 10,000-strong force', '10,000', 'force', 'force'],
    ['and more than 6,000 were killed', '6,000', 'were killed', 'killed'],
    ['roughly 27-hundred wounded', '27-hundred', 'wounded', 'wounded'],
    ['3,800 killed or wounded', '3,800', 'killed or wounded', 'killed'],
    ['around 1,000 are believed to have been killed by', '1,000', 'are believed to have been killed', 'killed'],
    ['the nine fallen soldiers were posthumously awarded', 'nine', 'fallen soldiers', 'soldiers'],
    ['14,000 troops to support', '14,000', 'troops', 'troops'],
    ['1,000 engineering troops for mine clearance', '1,000', 'engineering troops', 'troops'],
    ['6,000 more troops are on their way', '6,000', 'more troops', 'troops'],
    ['300 troops remain in the area', '300', 'troops', 'troops'],
    ['hundreds of soldiers were wounded', 'hundreds', 'soldiers were wounded', 'soldiers'],
  ])('%j: %s counts %j', (sentence, figure, text, head) => {
    expect(counted(sentence, figure)).toEqual([text, head]);
  });

  it.each([
    [
      'the number of North Korean soldiers killed and wounded in the Kursk region has already exceeded 3,000',
      '3,000',
      'North Korean soldiers killed and wounded',
      'soldiers',
    ],
    ['and the injured are approaching 1,000', '1,000', 'injured', 'injured'],
    ['now estimates the figure at around 2,000', 'around 2,000', 'figure', 'figure'],
  ])('reads back when nothing follows: %j', (sentence, figure, text, head) => {
    expect(counted(sentence, figure)).toEqual([text, head]);
  });

  it.each([
    ['could be closer to around 11 to 12,000', '12,000'],
    ['Of the 4,000, the officials said', '4,000'],
  ])('finds nothing named in %j', (sentence, figure) => {
    expect(counted(sentence, figure)).toBeNull();
  });
});
