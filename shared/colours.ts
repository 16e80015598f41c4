/**
 * Every colour the charts draw with, in one table: the palette groups of sources are given, the
 * grey of sources with no group, and the ink of axes, gridlines, labels and outlines, each for the
 * light and the dark colour scheme. A group's stored colour is its palette entry's light colour;
 * the dark scheme draws the same entry's dark one, and exports are always light.
 */

export type ColourScheme = 'light' | 'dark';

interface SchemeColour {
  light: string;
  dark: string;
}

/**
 * Okabe–Ito first: distinguishable under the common colour-vision deficiencies. Yellow (#F0E442)
 * is left out because it fails contrast on white, and sky blue and orange are darkened to 3.2:1 on
 * white (WCAG 1.4.11 asks 3:1 of chart marks) without changing their hue. Paul Tol's muted colours
 * of enough contrast follow. On the dark background Okabe–Ito's own sky blue and orange are light
 * enough, black turns near-white, and the dark colours are lightened in their hue to 3.5:1 or more.
 * Groups are given these in order, so the order is part of the stored data: add at the end.
 */
export const palette: readonly SchemeColour[] = [
  { light: '#0072B2', dark: '#3B8FD4' },
  { light: '#D55E00', dark: '#D55E00' },
  { light: '#009E73', dark: '#009E73' },
  { light: '#CC79A7', dark: '#CC79A7' },
  { light: '#4897C4', dark: '#56B4E9' },
  { light: '#BF8400', dark: '#E69F00' },
  { light: '#000000', dark: '#E8E8E6' },
  { light: '#999933', dark: '#999933' },
  { light: '#332288', dark: '#7965D9' },
  { light: '#882255', dark: '#CE3D85' },
  { light: '#117733', dark: '#14893B' },
  { light: '#AA4499', dark: '#B94FA7' },
  { light: '#CC6677', dark: '#CC6677' },
  { light: '#8C564B', dark: '#A66659' },
];

/** Sources with no group: a grey no group is given, so that they are never taken for one. */
export const ungrouped: SchemeColour = { light: '#6B6B6B', dark: '#8C8C8C' };

/** What the charts draw besides the groups' marks. */
export const inks = {
  background: { light: '#ffffff', dark: '#161616' },
  /** Row labels, titles and legend text. */
  text: { light: '#1a1a1a', dark: '#e8e8e6' },
  /** Tick labels and secondary text. */
  tick: { light: '#444444', dark: '#c4c4c0' },
  /** Axis titles, units and notes. */
  muted: { light: '#555555', dark: '#a8a8a4' },
  grid: { light: '#e4e4e0', dark: '#2e2e2c' },
  /** The line each overview row's marks sit on, and rules between parts of an export. */
  track: { light: '#c8c8c4', dark: '#5a5a58' },
  /** The as-of line. */
  reference: { light: '#777777', dark: '#8c8c88' },
  /** Labels beside marks, and marks in a key, which stand for a shape and no group. */
  label: { light: '#333333', dark: '#d0d0cc' },
  /** Drawn round marks and under labels, so that they stand apart where they overlap. */
  halo: { light: '#ffffff', dark: '#161616' },
  /** The estimate's band and best figure behind the marks: a hue no group is given. */
  estimate: { light: '#1f5fa8', dark: '#7fb2e5' },
} as const satisfies Record<string, SchemeColour>;

export type InkName = keyof typeof inks;

const byStoredColour = new Map(palette.map((entry) => [entry.light.toUpperCase(), entry]));

/**
 * A stored group colour as drawn in a scheme. A colour that is not (or no longer) in the palette
 * is drawn as stored in both: it was given out, and a group keeps its colour.
 */
export function schemeColour(stored: string, scheme: ColourScheme): string {
  return byStoredColour.get(stored.toUpperCase())?.[scheme] ?? stored;
}
