import type { Kysely } from 'kysely';
import { nameKey } from '../rows.js';
import { foldedNameKey } from './20261127T0000-folded-name-keys.js';
import { rekeyNames } from './rekeyNames.js';

/**
 * Rebuilds the unique name keys of sources and metrics with `nameKey`, which now also drops
 * invisible characters and reads look-alike letters as the ones they imitate: a "KCNA" with a
 * Cyrillic К or a zero-width space inside was a second source beside KCNA.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyNames(db, nameKey);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rekeyNames(db, foldedNameKey);
}
