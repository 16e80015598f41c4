import { describe, expect, it } from 'vitest';
import { OVERVIEW_LABEL_CHARS, overviewRowLabel } from './overviewRowLabel.js';

describe('overview row label', () => {
  it('keeps a short name whole and adds its unit', () => {
    expect(overviewRowLabel('North Korean soldiers killed', 'soldiers')).toEqual({
      name: 'North Korean soldiers killed',
      unit: ' (soldiers)',
    });
  });

  it('shortens a long name, never the unit, to fit the label column', () => {
    const label = overviewRowLabel('Deployment length of the 528th Engineer Regiment', 'days');
    expect(label).toEqual({ name: 'Deployment length of the 528th Engin…', unit: ' (days)' });
    expect((label.name + label.unit).length).toBeLessThanOrEqual(OVERVIEW_LABEL_CHARS);
  });

  it('shortens a long unit too, so that a label never runs past its column', () => {
    const label = overviewRowLabel('Deployment length of the 528th Engineer Regiment', 'x'.repeat(50));
    expect(label.unit).toBe(` (${'x'.repeat(16)}…)`);
    expect(label.name).toBe('Deployment length of th…');
    expect((label.name + label.unit).length).toBe(OVERVIEW_LABEL_CHARS);
  });
});
