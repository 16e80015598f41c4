import { describe, expect, it } from 'vitest';
import { logAxisFor, logPosition } from './logScale.js';

describe('log scale helpers', () => {
  it('puts every row of a plot on one axis of whole powers of ten', () => {
    expect(logAxisFor([9, 6000]).domain).toEqual([1, 10000]);
    expect(logAxisFor([1, 1_000_000]).domain).toEqual([1, 1_000_000]);
    expect(logAxisFor([]).domain).toEqual([1, 10]);
  });

  it('places values proportionally to their orders of magnitude', () => {
    expect(logPosition(1, 1, 10000)).toBe(0);
    expect(logPosition(100, 1, 10000)).toBeCloseTo(0.5);
    expect(logPosition(10000, 1, 10000)).toBe(1);
    expect(logPosition(0, 1, 10000)).toBe(0);
    expect(logPosition(5, 5, 5)).toBe(0.5);
  });
});
