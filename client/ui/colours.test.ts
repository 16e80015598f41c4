import { describe, expect, it } from 'vitest';
import { inks, palette, ungrouped, type ColourScheme } from '../../shared/colours.js';
import { exportedColour, groupColourLookup } from './colours.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const schemes: readonly ColourScheme[] = ['light', 'dark'];

describe('group colours', () => {
  const given = [
    { name: 'North Korea', colour: '#D55E00' },
    { name: 'Think tank', colour: '#332288' },
  ];

  it('draws each group in the colour the server gave it, the dark scheme in its dark counterpart', () => {
    const light = groupColourLookup(given, 'light');
    expect(light('North Korea')).toBe('#D55E00');
    expect(light('Think tank')).toBe('#332288');
    expect(groupColourLookup(given, 'dark')('Think tank')).toBe('#7965D9');
  });

  it('draws sources with no group, and groups not listed yet, grey', () => {
    for (const scheme of schemes) {
      const colourOf = groupColourLookup(given, scheme);
      expect(colourOf(null)).toBe(ungrouped[scheme]);
      expect(colourOf('A group saved a moment ago')).toBe(ungrouped[scheme]);
    }
  });

  it('keeps a stored colour the palette no longer has', () => {
    expect(groupColourLookup([{ name: 'Old', colour: '#123456' }], 'dark')('Old')).toBe('#123456');
  });

  it('draws every mark colour at 3:1 or more on its background (WCAG 1.4.11)', () => {
    for (const scheme of schemes) {
      for (const colour of [...palette.map((p) => p[scheme]), ungrouped[scheme]]) {
        expect(contrast(colour, inks.background[scheme]), `${scheme} ${colour}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('writes text inks at 4.5:1 or more on the background (WCAG 1.4.3)', () => {
    for (const scheme of schemes) {
      for (const ink of [inks.text, inks.tick, inks.muted, inks.label]) {
        expect(contrast(ink[scheme], inks.background[scheme]), `${scheme} ${ink[scheme]}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('exports what the dark scheme drew in the light colours', () => {
    expect(exportedColour('rgb(121, 101, 217)', 'dark')).toBe('#332288');
    expect(exportedColour('rgb(22, 22, 22)', 'dark')).toBe('#ffffff');
    expect(exportedColour('rgb(121, 101, 217)', 'light')).toBe('rgb(121, 101, 217)');
  });
});
