import type { SourceGroup } from '../../shared/schemas/index.js';
import type { Db } from './database.js';
import { lockForGroupColours } from './dialect.js';

export async function listGroupColours(db: Db): Promise<SourceGroup[]> {
  const rows = await db.selectFrom('group_colours').select(['group_label', 'colour']).orderBy('group_label').execute();
  return rows.map((r) => ({ name: r.group_label, colour: r.colour }));
}

/** The colours given so far, locked against other writers giving any until the transaction ends. */
export async function lockGroupColours(tx: Db): Promise<SourceGroup[]> {
  await lockForGroupColours(tx);
  return listGroupColours(tx);
}

export async function insertGroupColours(tx: Db, groups: readonly SourceGroup[]): Promise<void> {
  if (groups.length === 0) return;
  await tx
    .insertInto('group_colours')
    .values(groups.map((g) => ({ group_label: g.name, colour: g.colour })))
    .execute();
}

/** Groups that sources, deleted ones included, have and that have no colour yet. */
export async function groupsWithoutColour(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('sources')
    .leftJoin('group_colours', 'group_colours.group_label', 'sources.group_label')
    .select('sources.group_label')
    .distinct()
    .where('sources.group_label', 'is not', null)
    .where('group_colours.colour', 'is', null)
    .execute();
  return rows.flatMap((r) => (r.group_label === null ? [] : [r.group_label]));
}
