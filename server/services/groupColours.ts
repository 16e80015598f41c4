import { palette } from '../../shared/colours.js';
import type { SourceGroup } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import {
  groupsWithoutColour,
  insertGroupColours,
  listGroupColours,
  lockGroupColours,
} from '../storage/groupColours.js';

/**
 * The demo's groups ask for the colours they were drawn in before colours were stored, which
 * readers of the demo know them by; each gets it if no other group has it yet.
 */
export const demoGroupColours: Readonly<Record<string, string>> = {
  'North Korea': '#D55E00',
  Russia: '#CC79A7',
  'South Korea': '#0072B2',
  Ukraine: '#BF8400',
  'United States': '#009E73',
  'United Kingdom': '#4897C4',
  'Western (unattributed)': '#000000',
  'Media (own estimate)': '#999933',
};

/**
 * Colours for groups that have none, given the colours other groups hold: the colour a group
 * asks for when no group holds it, otherwise the first palette colour no group holds. Groups that
 * ask for a colour go first, then the rest in name order, so that one import gives the same
 * colours however its rows are ordered.
 *
 * Once every palette colour is held, a new group shares the colour the fewest groups hold (the
 * first in palette order of those): more colours would be too alike to tell apart on a chart, and
 * a group keeps its colour for good, so no group can be moved to make room. Spreading the repeats
 * keeps any two groups that share a colour as few as can be, and every mark is labelled with its
 * source's name besides (colours are never the only label).
 */
export function assignColours(
  groups: readonly string[],
  held: readonly string[],
  asked: Readonly<Record<string, string>> = demoGroupColours,
): SourceGroup[] {
  const holders = new Map<string, number>();
  for (const colour of held) holders.set(colour.toUpperCase(), (holders.get(colour.toUpperCase()) ?? 0) + 1);
  const holdersOf = (colour: string) => holders.get(colour.toUpperCase()) ?? 0;
  const ordered = [...new Set(groups)].sort(
    (a, b) => Number(asked[b] !== undefined) - Number(asked[a] !== undefined) || a.localeCompare(b),
  );
  return ordered.map((name) => {
    const wanted = asked[name];
    const colour =
      wanted !== undefined && holdersOf(wanted) === 0
        ? wanted
        : palette.reduce(
            (least, { light }) => (holdersOf(light) < holdersOf(least) ? light : least),
            palette[0]!.light,
          );
    holders.set(colour.toUpperCase(), holdersOf(colour) + 1);
    return { name, colour };
  });
}

/**
 * Gives the groups among these that have no colour yet theirs, in the caller's transaction: a
 * source's write and its group's colour commit together.
 */
export async function giveGroupsColours(tx: Db, groups: Iterable<string | null>): Promise<void> {
  const named = new Set([...groups].filter((g): g is string => g !== null));
  if (named.size === 0) return;
  // Colours are never taken back: a group seen here without the lock has its colour for good.
  const seen = new Set((await listGroupColours(tx)).map((g) => g.name));
  if ([...named].every((g) => seen.has(g))) return;
  const given = await lockGroupColours(tx);
  const taken = new Set(given.map((g) => g.name));
  const fresh = [...named].filter((g) => !taken.has(g));
  await insertGroupColours(
    tx,
    assignColours(
      fresh,
      given.map((g) => g.colour),
    ),
  );
}

export function groupColoursService(db: Db) {
  return {
    list: () => listGroupColours(db),
    /** At start-up, for groups that sources had before colours were stored. */
    giveMissing: () =>
      db.transaction().execute(async (tx) => {
        const held = (await lockGroupColours(tx)).map((g) => g.colour);
        await insertGroupColours(tx, assignColours(await groupsWithoutColour(tx), held));
      }),
  };
}
