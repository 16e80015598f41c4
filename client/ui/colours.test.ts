import { describe, expect, it } from 'vitest';
import { groupColour, groupColours } from './colours.js';

function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}

const reviewGroups = [
  'North Korea',
  'Russia',
  'South Korea',
  'Ukraine',
  'United States',
  'United Kingdom',
  'China',
  'Germany',
  'Japan',
  'Turkey',
  'France',
  'India',
  'Poland',
  'Israel',
];

describe('group colours', () => {
  it('gives every group of a chart its own colour, known groups keeping theirs', () => {
    const colourOf = groupColours([...reviewGroups, null, 'China']);
    const colours = reviewGroups.map(colourOf);
    expect(new Set(colours).size).toBe(reviewGroups.length);
    expect(colourOf('Russia')).toBe(groupColour('Russia'));
    expect(colourOf('Ukraine')).toBe(groupColour('Ukraine'));
    expect(colourOf(null)).toBe(groupColour(null));
    expect(colours).not.toContain(colourOf(null));
  });

  it('gives the best colours to the groups present, whatever their names hash to', () => {
    const colourOf = groupColours(['China', 'Germany', 'Russia']);
    expect(colourOf('China')).not.toBe(colourOf('Russia'));
    expect(colourOf('Germany')).not.toBe(colourOf('Russia'));
    expect(colourOf('China')).toBe('#0072B2');
  });

  it('never gives a group outside a chart the colour of a known group', () => {
    const known = ['North Korea', 'Russia', 'South Korea', 'Ukraine', 'United States', 'United Kingdom'];
    for (const group of ['China', 'Germany', 'Japan', 'Turkey', 'France']) {
      expect(known.map(groupColour)).not.toContain(groupColour(group));
    }
  });

  it('draws every colour at 3:1 or more on white (WCAG 1.4.11)', () => {
    const colourOf = groupColours(reviewGroups);
    for (const colour of [...reviewGroups.map(colourOf), colourOf(null)]) {
      expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    }
  });
});
