import { describe, expect, it } from 'vitest';
import { palette } from '../../shared/colours.js';
import { assignColours } from './groupColours.js';

const colours = palette.map((p) => p.light);

describe('assignColours', () => {
  it('gives each new group the first palette colour no group holds', () => {
    expect(assignColours(['Think tank', 'Academia'], [colours[0]!, colours[2]!], {})).toEqual([
      { name: 'Academia', colour: colours[1] },
      { name: 'Think tank', colour: colours[3] },
    ]);
  });

  it('gives a group the colour it asks for while no other group holds it', () => {
    const asked = { 'North Korea': '#D55E00' };
    expect(assignColours(['North Korea', 'Think tank'], [], asked)).toEqual([
      { name: 'North Korea', colour: '#D55E00' },
      { name: 'Think tank', colour: '#0072B2' },
    ]);
    expect(assignColours(['North Korea'], ['#d55e00'], asked)).toEqual([{ name: 'North Korea', colour: '#0072B2' }]);
  });

  it('shares the least held colours, in palette order, once the palette is used up', () => {
    const groups = Array.from({ length: palette.length + 3 }, (_, i) => `Group ${String(i).padStart(2, '0')}`);
    const given = assignColours(groups, [colours[0]!], {}).map((g) => g.colour);
    expect(new Set(given.slice(0, palette.length - 1)).size).toBe(palette.length - 1);
    expect(given.slice(0, palette.length - 1)).not.toContain(colours[0]);
    expect(given.slice(palette.length - 1)).toEqual([colours[0], colours[1], colours[2], colours[3]]);
  });

  it('gives a group named twice one colour', () => {
    expect(assignColours(['Think tank', 'Think tank'], [], {})).toHaveLength(1);
  });
});
