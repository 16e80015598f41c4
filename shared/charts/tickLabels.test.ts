import { describe, expect, it } from 'vitest';
import { labelsFit } from './tickLabels.js';

describe('labelsFit', () => {
  it('accepts labels with room between them and rejects labels that run together', () => {
    const at = (spacing: number) =>
      ['Jan 2025', 'Mar 2025', 'May 2025'].map((label, i) => ({ at: i * spacing, label }));
    expect(labelsFit(at(80))).toBe(true);
    expect(labelsFit(at(40))).toBe(false);
  });

  it('always fits one label, or none', () => {
    expect(labelsFit([{ at: 0, label: 'a very long label indeed' }])).toBe(true);
    expect(labelsFit([])).toBe(true);
  });
});
