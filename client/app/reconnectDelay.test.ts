import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnectDelay.js';

const lowest = () => 0;
const highest = () => 1;

describe('the wait before asking again for a refused event stream', () => {
  it('doubles with every refusal in a row, from three seconds up to two minutes', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((refusals) => reconnectDelay(refusals, highest));
    expect(ceilings).toEqual([3000, 6000, 12_000, 24_000, 48_000, 96_000, 120_000, 120_000, 120_000]);
  });

  it('is drawn from the upper half of that, so that dashboards refused together come back apart', () => {
    expect(reconnectDelay(1, lowest)).toBe(1500);
    expect(reconnectDelay(3, () => 0.5)).toBe(9000);
    expect(reconnectDelay(20, lowest)).toBe(60_000);
    const waits = new Set(Array.from({ length: 20 }, () => reconnectDelay(4)));
    expect(waits.size).toBeGreaterThan(1);
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(12_000);
  });
});
