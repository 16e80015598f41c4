import { describe, expect, it } from 'vitest';
import { logExtent, logPosition } from './logScale.js';

describe('log scale helpers', () => {
  it('widens the extent to powers of ten', () => {
    expect(logExtent([9, 6000])).toEqual([1, 10000]);
    expect(logExtent([1, 1_000_000])).toEqual([1, 1_000_000]);
    expect(logExtent([100])).toEqual([100, 1000]);
    expect(logExtent([0, -1])).toBeNull();
  });

  it('places values proportionally to their orders of magnitude', () => {
    expect(logPosition(1, 1, 10000)).toBe(0);
    expect(logPosition(100, 1, 10000)).toBeCloseTo(0.5);
    expect(logPosition(10000, 1, 10000)).toBe(1);
    expect(logPosition(0, 1, 10000)).toBe(0);
    expect(logPosition(5, 5, 5)).toBe(0.5);
  });
});

describe('log axis ticks', () => {
  it('gives every power of ten with compact labels', async () => {
    const { powersOfTen, compactNumber } = await import('./logScale.js');
    expect(powersOfTen([1, 10000])).toEqual([1, 10, 100, 1000, 10000]);
    expect(powersOfTen([1, 1_000_000]).map(compactNumber)).toEqual(['1', '10', '100', '1K', '10K', '100K', '1M']);
  });
});
