import { describe, expect, it } from 'vitest';
import { phrasePattern, singular, tokenize } from './tokens.js';

describe('tokenize', () => {
  it('keeps possessives, compounds and acronyms whole, with offsets', () => {
    const tokens = tokenize('Russia’s state-run U.S. (KCNA)', 10);
    expect(tokens.map((t) => t.text)).toEqual(['Russia’s', 'state-run', 'U.S', '.', '(', 'KCNA', ')']);
    expect(tokens[0]).toMatchObject({ lower: "russia's", start: 10, end: 18 });
  });
});

describe('singular', () => {
  it.each([
    ['casualties', 'casualty'],
    ['troops', 'troop'],
    ['days', 'day'],
    ['Soldiers', 'soldier'],
    ['press', 'press'],
    ['us', 'us'],
  ])('%s → %s', (word, one) => {
    expect(singular(word)).toBe(one);
  });
});

describe('phrasePattern', () => {
  it('puts the longest phrase first and lets spaces stretch', () => {
    const re = new RegExp(`^(?:${phrasePattern(['more', 'more than'])})$`);
    expect(re.test('more  than')).toBe(true);
    expect(phrasePattern(['a.b'])).toBe('a\\.b');
  });
});
