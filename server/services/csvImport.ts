import Papa from 'papaparse';
import { restoreFormula } from '../../shared/csv.js';
import {
  csvColumnFor,
  csvHeader,
  readCsvRow,
  requiredCsvColumns,
  type CsvColumn,
  type CsvRecord,
  type CsvRowInput,
} from '../../shared/dataset/csvColumns.js';
import type { ImportIssue } from '../../shared/dataset/transfer.js';
import { ClaimInput, MetricInput, SourceInput } from '../../shared/schemas/index.js';
import type { z } from 'zod';
import { nameKey } from '../storage/rows.js';
import { ProblemError } from './errors.js';
import {
  checkRowCount,
  deletedReference,
  emptyPlan,
  namedRecords,
  validate,
  type DatasetReader,
} from './importPlan.js';

/** A row's claim: its source and metric come by name, and a CSV carries no repeats. */
const CsvClaim = ClaimInput.omit({ metricId: true, sourceId: true, repeatsClaimId: true });

const issueAt = (line: number, field: string, message: string): ImportIssue => ({
  path: field ? `lines.${line}.${field}` : `lines.${line}`,
  message,
  field,
  line,
});

function parseCsv(text: string): string[][] {
  // Commas only: guessing the delimiter could read a file of semicolon-separated text as something else.
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' });
  const broken = errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const message = `${broken.message} on line ${(broken.row ?? 0) + 1}`;
    throw new ProblemError(400, 'Malformed CSV', message, [{ path: 'body', message }]);
  }
  return data;
}

/** The header's columns, found whatever their case; any may be left out but the required ones. */
function readHeader(cells: readonly string[]): { columns: CsvColumn[]; issues: ImportIssue[] } {
  const known = new Map(csvHeader.map((c) => [c.toLowerCase(), c]));
  const columns: CsvColumn[] = [];
  const issues: ImportIssue[] = [];
  for (const cell of cells) {
    const column = known.get(cell.trim().toLowerCase());
    if (!column) issues.push(issueAt(1, cell.trim(), `Not a known column; the columns are ${csvHeader.join(', ')}`));
    else if (columns.includes(column)) issues.push(issueAt(1, column, 'This column appears twice'));
    else columns.push(column);
  }
  for (const column of requiredCsvColumns) {
    if (!columns.includes(column)) issues.push(issueAt(1, column, 'This column is required'));
  }
  return { columns, issues };
}

/**
 * Finds a source or metric by name, or creates it from the first row that names it. When that row's
 * cells for it are invalid, the row says so and later rows naming it wait for it to be fixed,
 * rather than each repeating that (say) the unit only the first row gives is missing.
 */
function firstMentions<T extends object>(named: ReturnType<typeof namedRecords<T>>, schema: z.ZodType<T>) {
  const failed = new Set<string>();
  return (name: string, input: object, report: (e: { path: string; message: string }) => void) => {
    const found = named.find(name);
    if (found || failed.has(nameKey(name))) return found;
    const { data, errors = [] } = validate(schema, input);
    if (data) return named.create(name, { fields: data, deleted: false });
    errors.forEach(report);
    // Every row with a blank name is wrong on its own account.
    if (name.trim() !== '') failed.add(nameKey(name));
    return undefined;
  };
}

type Row = { line: number; input: CsvRowInput } | { line: number; issue: ImportIssue };

/**
 * Reads a claims CSV as the export writes it (see README): one claim per row, its source and metric
 * by name. Lines are numbered as a spreadsheet numbers its rows, the header being line 1.
 */
export function readCsvDataset(text: string): DatasetReader {
  const [headerCells = [], ...records] = parseCsv(text);
  // Blank rows, such as the empty lines a spreadsheet leaves at the end, hold no claim.
  const lines = records
    .map((cells, i) => ({ line: i + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  checkRowCount(lines.length);
  const header = readHeader(headerCells);
  if (header.issues.length > 0) {
    return {
      rows: lines.length,
      sourceNames: [],
      metricNames: [],
      plan: () => ({ plan: emptyPlan(lines.length), issues: header.issues }),
    };
  }

  const rows: Row[] = lines.map(({ line, cells }) => {
    if (cells.length !== header.columns.length) {
      return {
        line,
        issue: issueAt(line, '', `Expected ${header.columns.length} cells as in the header, found ${cells.length}`),
      };
    }
    const byColumn: Partial<Record<CsvColumn, string>> = {};
    header.columns.forEach((column, i) => (byColumn[column] = restoreFormula(cells[i]!)));
    return { line, input: readCsvRow(byColumn) };
  });
  const names = (record: 'source' | 'metric') =>
    rows.flatMap((row) => ('input' in row ? [String(row.input[record].name)] : []));

  return {
    rows: rows.length,
    sourceNames: names('source'),
    metricNames: names('metric'),
    plan(existing) {
      const plan = emptyPlan(rows.length);
      const issues: ImportIssue[] = [];
      const sourceNamed = firstMentions(namedRecords(existing.sources, plan.sources), SourceInput);
      const metricNamed = firstMentions(namedRecords(existing.metrics, plan.metrics), MetricInput);
      for (const row of rows) {
        if ('issue' in row) {
          issues.push(row.issue);
          continue;
        }
        const { line, input } = row;
        const rowIssues = input.errors.map((e) => issueAt(line, e.column, e.message));
        // A cell already reported as unreadable was left out of the input: the schema's "missing" adds nothing.
        const report = (record: CsvRecord) => (e: { path: string; message: string }) => {
          const column = csvColumnFor(record, e.path) ?? e.path;
          if (!input.errors.some((known) => known.column === column)) rowIssues.push(issueAt(line, column, e.message));
        };
        const claim = validate(CsvClaim, input.claim);
        claim.errors?.forEach(report('claim'));
        const source = sourceNamed(String(input.source.name), input.source, report('source'));
        const metric = metricNamed(String(input.metric.name), input.metric, report('metric'));
        for (const [what, found, name] of [
          ['source', source, input.source.name],
          ['metric', metric, input.metric.name],
        ] as const) {
          if (found?.deleted) rowIssues.push(issueAt(line, what, deletedReference(what, String(name))));
        }
        issues.push(...rowIssues);
        if (rowIssues.length === 0 && claim.data && source && metric) {
          plan.claims.push({
            fields: claim.data,
            source: source.ref,
            metric: metric.ref,
            repeats: null,
            deleted: false,
          });
        }
      }
      return { plan, issues };
    },
  };
}
