import { describe, expect, it } from 'vitest';
import { growth, linearGrowth } from '../../tests/support/growth.js';
import { findAttributions } from './attribution.js';
import { findDates } from './dates.js';
import { statementDater } from './statedOn.js';

// Published on Saturday 13 December 2025.
const datesSaid = (sentence: string) => {
  const dateOf = statementDater(sentence, findDates(sentence, '2025-12-13'));
  return findAttributions(sentence).map(dateOf);
};

describe('statementDater', () => {
  it.each([
    ['On Friday, KCNA said nine died.', '2025-12-12'],
    ['KCNA said on Friday that nine died.', '2025-12-12'],
    ['KCNA said in a statement on Friday that nine died.', '2025-12-12'],
    ['KCNA said the unit that left in early August had lost nine.', null],
    ['KCNA said nine had died by mid-January.', null],
    ['Yesterday KCNA said on Friday that nine died.', '2025-12-12'],
  ])('%s → %s', (sentence, said) => {
    expect(datesSaid(sentence)).toEqual([said]);
  });

  it('takes the date before the cue when one after it is as near', () => {
    expect(datesSaid('On Friday KCNA said on Monday that nine died.')).toEqual(['2025-12-12']);
  });

  it('dates every cue of a sentence of cues and dates in time that grows linearly with its length', () => {
    const input = (n: number) => 'on Friday KCNA said '.repeat(n / 20);
    expect(growth(datesSaid, input, 500)).toBeLessThan(linearGrowth);
  });
});
