import { useSyncExternalStore } from 'react';
import { inks, palette, schemeColour, ungrouped, type ColourScheme, type InkName } from '../../shared/colours.js';
import type { SourceGroup } from '../../shared/schemas/index.js';

export type GroupColour = (group: string | null | undefined) => string;

/**
 * Each group's stored colour as the scheme draws it. A group the list does not name yet (a source
 * just saved, before the list is fetched again) is drawn grey until then, rather than in a colour
 * another group may turn out to have.
 */
export function groupColourLookup(groups: readonly SourceGroup[], scheme: ColourScheme): GroupColour {
  const colours = new Map(groups.map((g) => [g.name, schemeColour(g.colour, scheme)]));
  return (group) => (group ? colours.get(group) : undefined) ?? ungrouped[scheme];
}

const darkQuery = '(prefers-color-scheme: dark)';

export const currentColourScheme = (): ColourScheme => (matchMedia(darkQuery).matches ? 'dark' : 'light');

function onSchemeChange(changed: () => void): () => void {
  const query = matchMedia(darkQuery);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** The colour scheme the reader's system asks for, followed as it changes. */
export const useColourScheme = (): ColourScheme => useSyncExternalStore(onSchemeChange, currentColourScheme);

/** The chart ink of a name, in the scheme the page is drawn in. */
export function useChartInk(): (name: InkName) => string {
  const scheme = useColourScheme();
  return (name) => inks[name][scheme];
}

const rgbOf = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

/** Every colour the dark scheme draws, as computed styles spell it, and its light counterpart. */
const lightOfDark = new Map<string, string>([
  ...palette.map((p) => [rgbOf(p.dark), p.light] as const),
  [rgbOf(ungrouped.dark), ungrouped.light],
  ...Object.values(inks).map((ink) => [rgbOf(ink.dark), ink.light] as const),
]);

/**
 * A computed colour as the light scheme draws it: exports are light whatever the page is, being
 * printed and pasted onto white pages.
 */
export const exportedColour = (computed: string, scheme: ColourScheme): string =>
  scheme === 'dark' ? (lightOfDark.get(computed) ?? computed) : computed;
