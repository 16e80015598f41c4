import { describe, expect, it } from 'vitest';
import { about, atLeast, exact, range } from './testClaims.js';
import {
  allowedInterval,
  defaultTolerance,
  sameFigure,
  sameStatedFigure,
  toleranceInWords,
  toleranceOf,
} from './tolerance.js';

describe('allowedInterval', () => {
  it('gives "about" a band of the tolerance either side, and a bound its open end', () => {
    expect(allowedInterval(about(1000), 0.1)).toEqual({ low: 900, high: 1100 });
    expect(allowedInterval(atLeast(600), 0.1)).toEqual({ low: 600, high: null });
    expect(allowedInterval(exact(9), 0.1)).toEqual({ low: 9, high: 9 });
  });
});

describe('sameFigure', () => {
  it('takes figures within the tolerance for one, whatever their qualifiers', () => {
    expect(sameFigure(about(14000), about(15000), 0.1)).toBe(true);
    expect(sameFigure(about(600), about(2000), 0.1)).toBe(false);
    expect(sameFigure(range(200, 999), exact(600), 0.1)).toBe(false);
  });
});

describe('sameStatedFigure', () => {
  it('matches a figure passed on at the precision of the coarser wording, never coarser than two figures', () => {
    expect(sameStatedFigure(atLeast(600), about(600))).toBe(true);
    expect(sameStatedFigure(exact(1150), about(1200))).toBe(true);
    expect(sameStatedFigure(exact(1250), exact(1000))).toBe(false);
    expect(sameStatedFigure(about(549000), about(540000))).toBe(false);
    expect(sameStatedFigure(range(200, 999), range(200, 999))).toBe(true);
    expect(sameStatedFigure({ kind: 'statement' }, exact(0))).toBe(false);
  });
});

describe('toleranceOf and toleranceInWords', () => {
  it('takes a metric’s own tolerance, else the default, and says it as a percentage', () => {
    expect(toleranceOf({ tolerance: 0.025 })).toBe(0.025);
    expect(toleranceOf({ tolerance: 0 })).toBe(0);
    expect(toleranceOf({ tolerance: null })).toBe(defaultTolerance);
    expect([0.1, 0.025, 0.07, 0].map(toleranceInWords)).toEqual(['±10%', '±2.5%', '±7%', '±0%']);
  });
});
