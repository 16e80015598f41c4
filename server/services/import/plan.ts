import type { z } from 'zod';
import {
  maxImportRows,
  maxListedImportErrors,
  type DatasetCollection,
  type ImportIssue,
} from '../../../shared/dataset/transfer.js';
import { formatNumber, shortened } from '../../../shared/wording.js';
import type { Claim, FieldError, Metric, Source } from '../../../shared/schemas/index.js';
import type { NewRecord } from '../../storage/bulkInsert.js';
import type { RecordsByName } from '../../storage/records.js';
import { nameKey, type Fields } from '../../storage/rows.js';
import { ProblemError, zodFieldErrors } from '../errors.js';

/**
 * A part of what an import will write, whatever the file's format: the sources and metrics to create
 * and the claims, which refer to sources and metrics that exist already or that the import creates,
 * and the issues found in the rows it covers. A file is planned as a run of these, so that writing
 * can start before the last row is checked.
 */
export interface PlanChunk {
  /** How many of the file's rows it covers. */
  rows: number;
  sources: NewRecord<Source>[];
  metrics: NewRecord<Metric>[];
  /**
   * Metrics created by the import that are part of another, as `[created index, whole]`: the whole
   * may be created later in the file, so the link is made once both exist.
   */
  metricWholes: [part: number, whole: Ref][];
  /**
   * Metrics this chunk creates whose whole a later chunk creates (a CSV may name it further down):
   * their revisions wait for the link, so that each snapshot holds its whole.
   */
  metricsAwaitingWholes: number[];
  claims: PlannedClaim[];
  issues: FoundIssues;
  /** What the import leaves as it stands though the file says otherwise, which a dry run reports. */
  warnings: FoundIssues;
}

/** The issues found in part of a file: those listed, how many there are, and in how many rows. */
export interface FoundIssues {
  listed: ImportIssue[];
  count: number;
  rows: number;
}

export const noIssues = (): FoundIssues => ({ listed: [], count: 0, rows: 0 });

/** Where an issue is: a CSV's line, or a JSON file's record. */
export type IssuePlace = { line: number } | { collection: DatasetCollection; index: number };

/** A cell or key that an answer names, cut to a length to read: a header cell may be 700 KB of text. */
export const echoed = (text: string) => shortened(text, 100);

function importIssue(place: IssuePlace, field: string, message: string): ImportIssue {
  const named = echoed(field);
  const at = 'line' in place ? ['lines', place.line] : [place.collection, place.index];
  return { path: [...at, named].filter((part) => part !== '').join('.'), message, field: named, ...place };
}

/**
 * Collects a file's issues, given in file order with a row's together: lists the first
 * maxListedImportErrors and only counts the rest, so that a file with an error in each of
 * 100,000 rows, or a header of 200,000 unknown columns, takes no more memory or answer than a
 * thousand errors do. `take` hands over what was found since it was last called.
 */
export function issueCollector() {
  let listed = 0;
  let lastRow: number | string | undefined;
  let found = noIssues();
  return {
    add(place: IssuePlace, field: string, message: string): void {
      found.count++;
      const row = 'line' in place ? place.line : `${place.collection}.${place.index}`;
      if (row !== lastRow) found.rows++;
      lastRow = row;
      if (listed === maxListedImportErrors) return;
      found.listed.push(importIssue(place, field, message));
      listed++;
    },
    take(): FoundIssues {
      const taken = found;
      found = noIssues();
      return taken;
    },
  };
}

export type IssueCollector = ReturnType<typeof issueCollector>;

/**
 * Rows per chunk: small enough that the first chunk is written while most of a large file is still
 * being checked, large enough that passing a chunk over costs little next to planning it.
 */
export const rowsPerChunk = 2_000;

/** An existing record's id, or the index, counted across the whole import, of a record it creates. */
export type Ref = { id: number } | { created: number };

export interface PlannedClaim {
  fields: Omit<Fields<Claim>, 'metricId' | 'sourceId' | 'repeatsClaimId'>;
  source: Ref;
  metric: Ref;
  /** The index, counted across the whole import, of the claim this one repeats. */
  repeats: number | null;
  deleted: boolean;
}

/** Every source and metric in the database, by `nameKey`: the names a file's rows may refer to. */
export interface ExistingNames {
  sources: RecordsByName;
  metrics: RecordsByName;
  /** Each metric that is part of another, by id, with its whole's. */
  metricWholes: Map<number, number>;
}

/** A file read but not yet checked against the database, which it needs only to look names up. */
export interface DatasetReader {
  /** Checks the file's rows against the names, handing each chunk of the plan on as it is made. */
  plan(existing: ExistingNames, take: (chunk: PlanChunk) => void): void;
}

/** What a file's chunks add up to: its rows, the records they create and the issues found. */
export function tally() {
  const total = {
    rows: 0,
    created: { sources: 0, metrics: 0, claims: 0 },
    issues: noIssues(),
    warnings: noIssues(),
  };
  const addIssues = (to: FoundIssues, found: FoundIssues) => {
    // The chunks' collector listed no more than the cap across them all.
    for (const issue of found.listed) to.listed.push(issue);
    to.count += found.count;
    to.rows += found.rows;
  };
  return {
    total,
    add(chunk: PlanChunk) {
      total.rows += chunk.rows;
      total.created.sources += chunk.sources.length;
      total.created.metrics += chunk.metrics.length;
      total.created.claims += chunk.claims.length;
      addIssues(total.issues, chunk.issues);
      addIssues(total.warnings, chunk.warnings);
    },
  };
}

export type Tally = ReturnType<typeof tally>['total'];

/**
 * Refuses a file with more rows (CSV) or records (JSON) than one import takes, before any of them
 * is checked.
 */
export function checkRowCount(rows: number, unit: 'rows' | 'records' = 'rows'): void {
  if (rows <= maxImportRows) return;
  const detail = `An import takes at most ${formatNumber(maxImportRows)} ${unit}; this file has ${formatNumber(rows)}. Split it into smaller files.`;
  throw new ProblemError(413, 'Too many rows', detail, [{ path: 'body', message: detail }]);
}

/** A source or metric, which goes by its aliases as well as its name. */
type Named = { aliases: readonly string[] };

/**
 * Finds sources (or metrics) by name or alias, case aside: in the database, or created earlier in
 * the same file. An import never changes a record that exists; it creates the ones that don't,
 * which `takeCreated` hands over for the plan's next chunk.
 */
export function namedRecords<T extends Named>(existing: RecordsByName) {
  type Found = { ref: Ref; deleted: boolean };
  const byName = new Map<string, Found>(
    [...existing].map(([key, r]) => [key, { ref: { id: r.id }, deleted: r.deleted }]),
  );
  let createdCount = 0;
  let created: NewRecord<T>[] = [];
  return {
    find: (name: string): Found | undefined => byName.get(nameKey(name)),
    create(name: string, record: NewRecord<T>): Found {
      created.push(record);
      const found = { ref: { created: createdCount++ }, deleted: record.deleted };
      for (const other of [name, ...record.fields.aliases]) byName.set(nameKey(other), found);
      return found;
    },
    /** The records created since the last call. */
    takeCreated(): NewRecord<T>[] {
      const taken = created;
      created = [];
      return taken;
    },
  };
}

export type NamedRecords<T extends Named> = ReturnType<typeof namedRecords<T>>;

export const deletedReference = (what: 'source' | 'metric', name: string) =>
  `The ${what} "${name}" is deleted, so no live claim can refer to it`;

export type Validated<T> = { data: T; errors?: never } | { data?: never; errors: FieldError[] };

/** A schema's verdict on one record's input, its errors named by field path. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { data: result.data } : { errors: zodFieldErrors(result.error) };
}
