import type { Kysely } from 'kysely';
import { rekeyNames } from './rekeyNames.js';

/**
 * The keys as this migration made them: written out here, not imported, so that the migration
 * keeps doing what it did when nameKey changes again. NFKC treats Unicode's composed and
 * decomposed forms alike; upper- then lower-casing folds case fully.
 */
export const foldedNameKey = (name: string) => name.normalize('NFKC').toUpperCase().toLowerCase();

/** Rebuilds the unique name keys of sources and metrics, which now fold case fully and Unicode's forms alike. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await rekeyNames(db, foldedNameKey);
}

/** Back to the keys before: the names lower-cased, as the first migration's code made them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await rekeyNames(db, (name) => name.toLowerCase());
}
