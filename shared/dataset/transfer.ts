import { z } from 'zod';
import { ClaimListQuery, Problem, queryBoolean } from '../schemas/index.js';

/** One import at most (CSV rows, or JSON records of all kinds): bigger ones are refused with 413 before anything is read into the database. */
export const maxImportRows = 100_000;
export const maxImportBytes = 50 * 1024 * 1024;

const datasetFormats = ['csv', 'json'] as const;
export const DatasetFormat = z.enum(datasetFormats);
export type DatasetFormat = z.infer<typeof DatasetFormat>;

/** The claims list's filters, without paging: an export holds every claim that matches. */
export const ExportQuery = ClaimListQuery.omit({ limit: true, cursor: true }).extend({ format: DatasetFormat });
export type ExportQuery = z.output<typeof ExportQuery>;
export type ExportFilters = Omit<ExportQuery, 'format'>;

/** Without `format`, the request's Content-Type (text/csv or application/json) says which it is. */
export const ImportQuery = z.strictObject({ dryRun: queryBoolean, format: DatasetFormat.optional() });

export const datasetCollections = ['sources', 'metrics', 'claims'] as const;
export type DatasetCollection = (typeof datasetCollections)[number];

/**
 * An import answer lists at most this many of a file's problems, the first in file order, and
 * counts them all: a header of 200,000 unknown columns must not make an answer of 100 MB.
 */
export const maxListedImportErrors = 1_000;

/**
 * One thing wrong in an import file. A CSV names the line as a spreadsheet numbers rows (the
 * header is line 1) and the column; a JSON file names the collection, the index in it and the field.
 * `path` puts these together as other problems' field paths do: `lines.57.low`, `claims.3.value.high`.
 */
export const ImportIssue = z.object({
  path: z.string(),
  message: z.string(),
  field: z.string(),
  line: z.number().int().optional(),
  collection: z.enum(datasetCollections).optional(),
  index: z.number().int().optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportCounts = z.object({
  sources: z.number().int(),
  metrics: z.number().int(),
  claims: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** What an import created; `rows` counts the claims read (a CSV's data rows). */
export const ImportSummary = z.object({ rows: z.number().int(), created: ImportCounts });
export type ImportSummary = z.infer<typeof ImportSummary>;

/** The problems an answer lists, and how many the file has in all. */
const listedErrors = {
  errors: z
    .array(ImportIssue)
    .max(maxListedImportErrors)
    .describe(`The file's first ${maxListedImportErrors.toLocaleString('en-US')} problems at most, in file order`),
  errorCount: z.number().int().describe('How many problems the file has in all, listed or not'),
};

/**
 * A dry run's answer: what the valid rows would create, the errors that would stop the import, and
 * the cells it would leave unused, such as a whole named for a metric that exists already.
 */
export const DryRunReport = ImportSummary.extend({
  dryRun: z.literal(true),
  ...listedErrors,
  warnings: z
    .array(ImportIssue)
    .max(maxListedImportErrors)
    .describe(`Cells the import would ignore, the first ${maxListedImportErrors.toLocaleString('en-US')} at most`),
  warningCount: z.number().int().describe('How many cells the import would ignore, listed or not'),
});
export type DryRunReport = z.infer<typeof DryRunReport>;

/** The 422 a refused import answers with: nothing was written; `detail` counts the rows with errors. */
export const ImportProblem = Problem.extend(listedErrors);
