import { restoreFormula } from '../../../shared/csv.js';
import {
  csvColumnFor,
  csvHeader,
  readCsvRow,
  requiredCsvColumns,
  type CsvColumn,
} from '../../../shared/dataset/csvColumns.js';
import {
  ClaimInput,
  MetricInput,
  SourceInput,
  type FieldError,
  type Metric,
  type Source,
} from '../../../shared/schemas/index.js';
import type { z } from 'zod';
import { nameKey } from '../../storage/rows.js';
import { csvWholes, wholeColumn } from './csvWholes.js';
import { readCsvRecords } from './parseCsv.js';
import {
  deletedReference,
  issueCollector,
  namedRecords,
  noIssues,
  rowsPerChunk,
  validate,
  type DatasetReader,
  type FoundIssues,
  type NamedRecords,
  type PlanChunk,
} from './plan.js';

/** A row's claim: its source and metric come by name, and a CSV carries no repeats. */
const CsvClaim = ClaimInput.omit({ metricId: true, sourceId: true, repeatsClaimId: true });

/**
 * The header's columns, found whatever their case; any may be left out but the required ones. A
 * blank header cell is a column with no name (null), which a spreadsheet writes for every column it
 * once used: Excel's CSV ends each row with empty cells for a column whose content was deleted.
 */
function readHeader(cells: readonly string[]): { columns: (CsvColumn | null)[]; issues: FoundIssues } {
  const known = new Map(csvHeader.map((c) => [c.toLowerCase(), c]));
  const columns: (CsvColumn | null)[] = [];
  const named = new Set<CsvColumn>();
  const issues = issueCollector();
  const header = { line: 1 };
  // The columns are listed once, at the first unknown one: a header may hold thousands.
  let unknownColumn = `Not a known column; the columns are ${csvHeader.join(', ')}`;
  for (const cell of cells) {
    const column = known.get(cell.trim().toLowerCase());
    if (cell.trim() === '') columns.push(null);
    else if (!column) {
      issues.add(header, cell.trim(), unknownColumn);
      unknownColumn = 'Not a known column';
    } else if (named.has(column)) issues.add(header, column, 'This column appears twice');
    else {
      columns.push(column);
      named.add(column);
    }
  }
  for (const column of requiredCsvColumns) {
    if (!named.has(column)) issues.add(header, column, 'This column is required');
  }
  return { columns, issues: issues.take() };
}

/**
 * Finds a source or metric by name, or creates it from the first row that names it. When that row's
 * cells for it are invalid, the row says so and later rows naming it wait for it to be fixed,
 * rather than each repeating that (say) the unit only the first row gives is missing.
 */
function firstMentions<T extends { aliases: readonly string[] }>(named: NamedRecords<T>, schema: z.ZodType<T>) {
  const failed = new Set<string>();
  type Mention = { found?: ReturnType<NamedRecords<T>['find']>; created?: true; errors?: FieldError[] };
  return (name: string, input: object): Mention => {
    const found = named.find(name);
    if (found || failed.has(nameKey(name))) return { found };
    const { data, errors } = validate(schema, input);
    if (data) return { found: named.create(name, { fields: data, deleted: false }), created: true };
    // Every row with a blank name is wrong on its own account.
    if (name.trim() !== '') failed.add(nameKey(name));
    return { errors };
  };
}

/**
 * Reads a claims CSV as the export writes it (see README): one claim per row, its source and metric
 * by name. Rows are read and checked a chunk at a time, so that a large file is never held whole
 * as parsed cells.
 */
export function readCsvDataset(text: string): DatasetReader {
  const records = readCsvRecords(text, rowsPerChunk);
  const { columns, issues: headerIssues } = readHeader(records.header);

  return {
    plan(existing, take) {
      if (headerIssues.count > 0) {
        let rows = 0;
        records.eachPiece((piece) => (rows += piece.length));
        take({
          rows,
          sources: [],
          metrics: [],
          metricWholes: [],
          metricsAwaitingWholes: [],
          claims: [],
          issues: headerIssues,
          warnings: noIssues(),
        });
        return;
      }
      const sources = namedRecords<Source>(existing.sources);
      const metrics = namedRecords<Metric>(existing.metrics);
      const sourceNamed = firstMentions(sources, SourceInput);
      const metricNamed = firstMentions(metrics, MetricInput);
      let rows = 0;
      let claims: PlanChunk['claims'] = [];
      const issues = issueCollector();
      const warnings = issueCollector();
      const wholes = csvWholes(metrics, existing, issues, warnings);
      const chunk = (): PlanChunk => {
        const taken = {
          rows,
          sources: sources.takeCreated(),
          metrics: metrics.takeCreated(),
          ...wholes.take(),
          claims,
          issues: issues.take(),
          warnings: warnings.take(),
        };
        rows = 0;
        claims = [];
        return taken;
      };
      const indexOf = new Map(columns.map((column, i) => [column, i]));
      const unnamed = columns.flatMap((column, i) => (column === null ? [i] : []));
      // One reader for every row, over the row at hand: a closure per row would be 100,000 more objects.
      let cells: string[] = [];
      const cell = (column: CsvColumn) => {
        const i = indexOf.get(column);
        return i === undefined ? undefined : restoreFormula(cells[i]!);
      };
      records.eachPiece((piece) => {
        for (const { line, cells: rowCells } of piece) {
          rows++;
          const place = { line };
          if (rowCells.length !== columns.length) {
            issues.add(place, '', `Expected ${columns.length} cells as in the header, found ${rowCells.length}`);
            continue;
          }
          cells = rowCells;
          const stray = unnamed.find((i) => rowCells[i]!.trim() !== '');
          if (stray !== undefined) {
            const message = `Cell ${stray + 1} is under a column with no name in the header: name the column or clear it`;
            issues.add(place, '', message);
            continue;
          }
          const input = readCsvRow(cell);
          const claim = validate(CsvClaim, input.claim);
          const source = sourceNamed(input.source.name, input.source);
          const metric = metricNamed(input.metric.name, input.metric);
          const rowIssues: { column: string; message: string }[] = [...input.errors];
          const schemaErrors = [
            ...(claim.errors ?? []).map((e) => ({ record: 'claim' as const, ...e })),
            ...(source.errors ?? []).map((e) => ({ record: 'source' as const, ...e })),
            ...(metric.errors ?? []).map((e) => ({ record: 'metric' as const, ...e })),
          ];
          for (const { record, path, message } of schemaErrors) {
            const column = csvColumnFor(record, path) ?? path;
            // A cell already reported as unreadable was left out of the input: the schema's "missing" adds nothing.
            if (!input.errors.some((known) => known.column === column)) rowIssues.push({ column, message });
          }
          if (source.found?.deleted) {
            rowIssues.push({ column: 'source', message: deletedReference('source', input.source.name) });
          }
          if (metric.found?.deleted) {
            rowIssues.push({ column: 'metric', message: deletedReference('metric', input.metric.name) });
          }
          if (metric.found) {
            const { ref } = metric.found;
            const { name } = input.metric;
            const wholeIssue = wholes.row({
              line,
              ref,
              name,
              wholeName: input.metricPartOf,
              createdHere: metric.created === true,
            });
            if (wholeIssue) rowIssues.push({ column: wholeColumn, message: wholeIssue });
          }
          for (const { column, message } of rowIssues) issues.add(place, column, message);
          if (rowIssues.length === 0)
            for (const { column, message } of input.warnings) warnings.add(place, column, message);
          if (rowIssues.length === 0 && claim.data && source.found && metric.found) {
            claims.push({
              fields: claim.data,
              source: source.found.ref,
              metric: metric.found.ref,
              repeats: null,
              deleted: false,
            });
          }
        }
        take(chunk());
      });
      // A whole named further down than its part is known only once every row is read.
      wholes.finish();
      take(chunk());
    },
  };
}
