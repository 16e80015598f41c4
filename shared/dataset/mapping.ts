import { z } from 'zod';
import { csvHeader, type CsvColumn } from './csvColumns.js';

/**
 * How an analyst's own spreadsheet reads as the claims CSV: which of its columns holds which of
 * the CSV's columns (or none, to leave it out), and which cell values of a column with a fixed
 * vocabulary stand for which of its values ("south_korea_intelligence" → intelligence, "≥" →
 * at_least). It is sent with the file, so that the server applies it to every row, and can be
 * saved under a name to be used again. It travels in the request's address (`mapping`, JSON), whose
 * size the server bounds, so a mapping is at most this many bytes of JSON.
 */
export const maxMappingBytes = 8 * 1024;
export const maxMappedValuesPerColumn = 100;

const CsvColumnName = z.enum(csvHeader as [CsvColumn, ...CsvColumn[]]);
const HeaderText = z.string().min(1).max(200);
const CellText = z.string().max(200);

export const ImportMapping = z.strictObject({
  /** The file's header, as written (trimmed), → the CSV column it holds, or null to ignore it. */
  columns: z.record(HeaderText, CsvColumnName.nullable()).default({}),
  /** For a CSV column with a vocabulary: the file's cell, as written (trimmed), → the value it stands for. */
  values: z.partialRecord(CsvColumnName, z.record(CellText, CellText)).default({}),
});
export type ImportMapping = z.output<typeof ImportMapping>;

/** How a file's column came to hold a field: its own name, a known alias, the analyst's mapping. */
export const ColumnMatch = z.enum(['name', 'alias', 'mapped', 'ignored', 'unknown']);

/** What the import page shows before a dry run: the file's columns, their fields, the values to map, the first rows. */
export const ImportPreview = z.object({
  /** A workbook's sheets, in order; empty for a CSV. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  columns: z.array(
    z.object({
      header: z.string(),
      field: CsvColumnName.nullable(),
      match: ColumnMatch,
      /** For an unknown column, the likeliest fields, best first. */
      suggestions: z.array(CsvColumnName),
    }),
  ),
  /** Each vocabulary column's distinct cells outside its vocabulary, most frequent first. */
  values: z.array(
    z.object({
      field: CsvColumnName,
      value: z.string(),
      count: z.number().int(),
      mappedTo: z.string().nullable(),
      suggestion: z.string().nullable(),
      expected: z.array(z.string()),
    }),
  ),
  /** The first rows as the mapping reads them, keyed by CSV column. */
  rows: z.array(z.object({ line: z.number().int(), cells: z.partialRecord(CsvColumnName, z.string().nullable()) })),
  rowCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** A mapping saved under a name, shared by the team. */
export const SavedImportMapping = z.object({
  id: z.number().int(),
  name: z.string(),
  mapping: ImportMapping,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedImportMapping = z.infer<typeof SavedImportMapping>;
export const SavedImportMappingInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  mapping: ImportMapping,
});
