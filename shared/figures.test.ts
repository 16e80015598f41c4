import { describe, expect, it } from 'vitest';
import { dotGroupingAmbiguity, figureText, parseFigure } from './figures.js';

describe('parseFigure', () => {
  it.each([
    ['6000', 6000],
    ['6,000', 6000],
    ['6 000', 6000],
    ['6\u00a0000', 6000],
    ['  14,000 ', 14000],
    ['1,234,567', 1234567],
    ['0', 0],
    ['2.5', 2.5],
    ['0.125', 0.125],
    ['1.2340', 1.234],
    ['1.5 million', 1_500_000],
    ['1.5million', 1_500_000],
    ['4 thousand', 4000],
    ['2.5k', 2500],
    ['3 bn', 3e9],
  ])('reads %j as %d', (text, value) => {
    expect(parseFigure(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter a number'],
    ['abc', 'Not a number'],
    ['6,00', 'Not a number'],
    ['-5', 'Must be zero or more'],
    ['\u2212 6,000', 'Must be zero or more'],
    ['1e5', 'Not a number'],
    ['6.000', 'ambiguous'],
    ['12.500.000', 'ambiguous'],
    ['5 dozen', 'Unknown scale'],
  ])('refuses %j', (text, message) => {
    const result = parseFigure(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('dotGroupingAmbiguity', () => {
  it('offers both readings of one dot, and the thousands reading of several', () => {
    expect(dotGroupingAmbiguity('6.000')).toBe(
      '"6.000" is ambiguous: write 6000 if the dots group thousands, or 6 for a decimal',
    );
    expect(dotGroupingAmbiguity('1.234')).toContain('or 1.2340 for a decimal');
    expect(dotGroupingAmbiguity('12.500.000')).toBe(
      '"12.500.000" is ambiguous: write 12500000 if the dots group thousands',
    );
  });

  it.each(['6000', '6.5', '6.0000', '0.125', '1234.567'])('reads %j as unambiguous', (digits) => {
    expect(dotGroupingAmbiguity(digits)).toBeUndefined();
  });
});

describe('figureText', () => {
  it.each([6000, 2.5, 0.125, 1.234, 123.456, 1e15])('writes %d so that it reads back as itself', (n) => {
    expect(parseFigure(figureText(n))).toEqual({ ok: true, value: n });
  });
});
