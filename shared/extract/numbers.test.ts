import { describe, expect, it } from 'vitest';
import { growth, linearGrowth } from '../../tests/support/growth.js';
import { findDates } from './dates.js';
import { findNumbers } from './numbers.js';

const numbers = (text: string) =>
  findNumbers(text, findDates(text, '2025-12-13')).map((n) => [text.slice(n.start, n.end), n.value]);

describe('findNumbers', () => {
  it.each([
    ['14,000 troops', '14,000', 14000],
    ['14 000 troops', '14 000', 14000],
    ['14\u00a0000 troops', '14\u00a0000', 14000],
    ['1.5 million shells', '1.5 million', 1_500_000],
    ['4 thousand vehicles', '4 thousand', 4000],
    ['$2.5bn in aid', '2.5bn', 2_500_000_000],
    ['some 15-hundred special forces', '15-hundred', 1500],
    ['27 hundred wounded', '27 hundred', 2700],
    ['nine soldiers', 'nine', 9],
    ['a thousand troops', 'a thousand', 1000],
    ['twelve thousand soldiers', 'twelve thousand', 12000],
    ['another four-thousand-100 injured', 'four-thousand-100', 4100],
    ['circa 15.000 soldati', '15.000', 15000],
    ['2.125 million people', '2.125 million', 2_125_000],
    ['sent 2000 troops', '2000', 2000],
    ['2.5 days', '2.5', 2.5],
  ])('reads %j', (text, written, value) => {
    expect(numbers(text)).toEqual([[written, value]]);
  });

  it.each([
    ['a vague "several hundred"', 'several hundred casualties', 200, 999],
    ['"hundreds of"', 'hundreds of soldiers', 200, 999],
    ['"thousands of"', 'thousands of troops', 2000, 9999],
    ['"tens of thousands"', 'tens of thousands of troops', 20_000, 99_999],
  ])('reads %s as a range', (_name, text, low, high) => {
    expect(findNumbers(text)[0]?.vague).toEqual({ low, high });
  });

  it.each([
    ['a year', 'in 2024 the war went on; 2025 was worse'],
    ['a year used as an adjective', 'the 2024 elections and a 2023 parade'],
    ['a date', 'on December 13 and 12 December 2025'],
    ['an age', 'aged 25, a 25-year-old, 30 years old'],
    ['an ordinal', 'the 528th Regiment and the 11th Corps, twenty-first'],
    ['a designation', 'Regiment 528, Unit 6, No. 5, Su-34, KN-23, COVID-19, G7, 5G'],
    ['a percentage', '45% and 3 percent and 7 per cent'],
    ['a clock time', 'at 12:30, at 10 a.m., at 1430 GMT, at 9 o’clock'],
    ['a phone number', '+1 202-555-0143, (202) 555-0199, 202.555.0143'],
    ['a decade', 'the 1990s'],
    ['a lone "one"', 'one of the soldiers, one unit'],
    ['a version', 'version 1.2.3'],
    ['reading time', '3 min read'],
  ])('does not propose %s', (_name, text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('knows the place value of a figure’s leading group, for "11 to 12,000"', () => {
    const [eleven, twelve] = findNumbers('11 to 12,000');
    expect([eleven!.bare, eleven!.magnitude, twelve!.bare, twelve!.magnitude]).toEqual([true, 1, false, 1000]);
  });
});

describe('findNumbers on a sentence of nothing but numbers', () => {
  // Far longer than a sentence is ever kept, so that work done for each pair of numbers would show.
  it.each([
    ['bare figures', (n: number) => '1 '.repeat(n / 2)],
    ['years', (n: number) => '2024 '.repeat(n / 5)],
    ['number words joined by hyphens, read as one run', (n: number) => 'nine-'.repeat(n / 5)],
    ['scale words with nothing to scale', (n: number) => 'hundred and '.repeat(n / 12)],
  ])('reads %s in time that grows linearly with its length', (_name, input) => {
    expect(growth((text) => findNumbers(text), input, 4_000)).toBeLessThan(linearGrowth);
  });
});
