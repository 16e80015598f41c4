/**
 * Okabe–Ito first: distinguishable under the common colour-vision deficiencies. Yellow (#F0E442)
 * is left out because it fails contrast on white, and sky blue and orange are darkened to 3.2:1 on
 * white (WCAG 1.4.11 asks 3:1 of chart marks) without changing their hue. When a chart has more
 * groups than that, Paul Tol's muted colours of enough contrast follow.
 */
const palette = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#4897C4',
  '#BF8400',
  '#000000',
  '#999933',
  '#332288',
  '#882255',
  '#117733',
  '#AA4499',
  '#CC6677',
  '#8C564B',
] as const;

/** Groups named in the demo data keep one colour on every page and in every export. */
const fixed: Record<string, string> = {
  'North Korea': '#D55E00',
  Russia: '#CC79A7',
  'South Korea': '#0072B2',
  Ukraine: '#BF8400',
  'United States': '#009E73',
  'United Kingdom': '#4897C4',
  'Western (unattributed)': '#000000',
  'Media (own estimate)': '#999933',
};

const ungrouped = '#6B6B6B';
/** What a group outside any chart may get: never a known group's colour, so it is not mistaken for one. */
const unfixed = palette.filter((c) => !Object.values(fixed).includes(c));

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

export type GroupColour = (group: string | null | undefined) => string;

/**
 * A group's colour where it stands alone (a source's page, a table of sources): fixed for known
 * groups, otherwise derived from the name so it never changes.
 */
export const groupColour: GroupColour = (group) => {
  if (!group) return ungrouped;
  return fixed[group] ?? unfixed[hash(group) % unfixed.length]!;
};

/**
 * Colours for the groups one chart shows. Known groups keep their fixed colour; the others take,
 * in name order, the palette colours no group present already has, so no two groups share a
 * colour until the palette runs out (and then they repeat it in order).
 */
export function groupColours(groups: Iterable<string | null | undefined>): GroupColour {
  const present = [...new Set(groups)].filter((g): g is string => Boolean(g)).sort((a, b) => a.localeCompare(b));
  const assigned = new Map(present.flatMap((g) => (fixed[g] ? [[g, fixed[g]] as const] : [])));
  const taken = new Set(assigned.values());
  const free = [...palette.filter((c) => !taken.has(c)), ...palette];
  let next = 0;
  for (const group of present) if (!assigned.has(group)) assigned.set(group, free[next++ % free.length]!);
  return (group) => (group ? (assigned.get(group) ?? groupColour(group)) : ungrouped);
}
