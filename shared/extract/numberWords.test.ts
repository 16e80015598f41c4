import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './numberWords.js';

const parse = (text: string) => parseNumberWords(text.toLowerCase().split(/[\s-]+/));

describe('parseNumberWords', () => {
  it.each([
    ['nine', 9],
    ['Twelve', 12],
    ['twenty-five', 25],
    ['a thousand', 1000],
    ['an hundred', 100],
    ['one thousand', 1000],
    ['twelve thousand', 12000],
    ['one hundred and twenty', 120],
    ['four-thousand-100', 4100],
    ['two million five hundred thousand', 2_500_000],
    ['fifteen hundred', 1500],
    ['a dozen', 12],
    ['three thousand and fifty', 3050],
  ])('reads %j as %d', (text, value) => {
    expect(parse(text)).toEqual({ value, used: text.split(/[\s-]+/).length });
  });

  it.each([
    ['nine 120', 9, 1],
    ['nine nine', 9, 1],
    ['twenty thirty', 20, 1],
    ['thousand', null, 0],
    ['a soldiers', null, 0],
    ['one hundred and', 100, 2],
    ['thousand million', null, 0],
    ['four thousand 5000', 4000, 2],
  ])('stops %j at the last valid word', (text, value, used) => {
    const result = parse(text);
    expect(result === null ? null : result.value).toBe(value);
    if (result) expect(result.used).toBe(used);
  });
});
