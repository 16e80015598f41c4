/**
 * Okabe–Ito: distinguishable under the common colour-vision deficiencies. Yellow (#F0E442) is left
 * out because it fails contrast on white; black closes the list.
 */
const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'] as const;

/** Groups named in the demo data keep one colour on every page and in every export. */
const fixed: Record<string, string> = {
  'North Korea': '#D55E00',
  Russia: '#CC79A7',
  'South Korea': '#0072B2',
  Ukraine: '#E69F00',
  'United States': '#009E73',
  'United Kingdom': '#56B4E9',
  'Western (unattributed)': '#000000',
  'Media (own estimate)': '#999933',
};

const ungrouped = '#6B6B6B';

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** A source group's colour: fixed for known groups, otherwise derived from the name so it never changes. */
export function groupColour(group: string | null | undefined): string {
  if (!group) return ungrouped;
  return fixed[group] ?? palette[hash(group) % palette.length]!;
}

/**
 * Dash patterns to tell sources of one group apart without relying on colour alone.
 */
export const dashPatterns = ['', '6 3', '2 3', '8 3 2 3', '1 2'] as const;
