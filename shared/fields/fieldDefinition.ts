import type { FigureCell } from './figureCells.js';

/** A figure's columns in the claims CSV: one for its kind, one for each of its cells. */
export type FigureColumns = { kind: string } & Record<FigureCell, string>;

/**
 * What the app needs to know of one field of a record, besides its schema (in `shared/schemas/`,
 * whose keys `field` names): the label analysts read it by, in forms, history and conflicts, and
 * the column the claims CSV holds it in.
 */
export interface FieldDefinition<F extends string> {
  field: F;
  label: string;
  /** Its column in the claims CSV, or a figure's columns; none where the CSV does not carry it. */
  csv?: string | FigureColumns;
  /**
   * How its CSV cell becomes schema input: text, a blank cell meaning "not given" (the default); a
   * number; `true` or `false`, a blank leaving the schema's default; text that a blank leaves
   * empty, which the schema calls "Required"; or the name of the record an id field refers to,
   * which the import looks up by name rather than the schema reading it.
   */
  csvCell?: 'number' | 'boolean' | 'required' | 'name';
}

/** Compiles only when the definitions name every field of the schema, so none can be forgotten. */
export type EveryField<D extends readonly { field: string }[], K extends string> = [
  Exclude<K, D[number]['field']>,
] extends [never]
  ? true
  : never;
