import type { Claim, Metric, Source } from '../schemas/index.js';

export type CsvRecord = 'source' | 'metric' | 'claim';

/**
 * The claims CSV, one row per claim: its source and metric are spelled out by name, so that the
 * sheet reads on its own and an import can find or create them. Each column says which record and
 * field it holds, which serves the export, the import and pointing an import error at its column.
 */
export const csvColumns = [
  { name: 'source', record: 'source', field: 'name' },
  { name: 'sourceShortName', record: 'source', field: 'shortName' },
  { name: 'sourceKind', record: 'source', field: 'kind' },
  { name: 'sourceCountry', record: 'source', field: 'country' },
  { name: 'sourceGroup', record: 'source', field: 'group' },
  { name: 'sourceReliability', record: 'source', field: 'reliability' },
  { name: 'metric', record: 'metric', field: 'name' },
  { name: 'metricUnit', record: 'metric', field: 'unit' },
  { name: 'metricTopic', record: 'metric', field: 'topic' },
  { name: 'valueKind', record: 'claim', field: 'value.kind' },
  { name: 'value', record: 'claim', field: 'value.value' },
  { name: 'low', record: 'claim', field: 'value.low' },
  { name: 'high', record: 'claim', field: 'value.high' },
  { name: 'statedOn', record: 'claim', field: 'statedOn' },
  { name: 'scope', record: 'claim', field: 'scope' },
  { name: 'via', record: 'claim', field: 'via' },
  { name: 'reportedBy', record: 'claim', field: 'reportedBy' },
  { name: 'citationUrl', record: 'claim', field: 'citationUrl' },
  { name: 'quote', record: 'claim', field: 'quote' },
  { name: 'credibility', record: 'claim', field: 'credibility' },
  { name: 'notes', record: 'claim', field: 'notes' },
] as const satisfies readonly { name: string; record: CsvRecord; field: string }[];

export type CsvColumn = (typeof csvColumns)[number]['name'];
export const csvHeader: readonly CsvColumn[] = csvColumns.map((c) => c.name);

/** A row can't go without these; every other column may be left out of the header. */
export const requiredCsvColumns: readonly CsvColumn[] = ['source', 'metric', 'valueKind'];

/** Unlike other blank cells, which mean "not given", a blank name or unit is an error: the schema says "Required". */
const blankIsEmptyText = new Set<CsvColumn>(['source', 'metric', 'metricUnit']);
const numberColumns = new Set<CsvColumn>(['value', 'low', 'high', 'credibility']);

/** Plain decimal notation, as the export writes it: no thousands separators, no hex, no words. */
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Cell = string | number | null;

const fieldOf = (record: object, path: string): Cell =>
  (path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], record) as Cell) ??
  null;

/** The export's cells for one claim, in column order. */
export function claimCsvCells(claim: Claim, source: Source, metric: Metric): Cell[] {
  const records = { source, metric, claim };
  return csvColumns.map((c) => fieldOf(records[c.record], c.field));
}

export interface CsvCellError {
  column: CsvColumn;
  message: string;
}

/** What one CSV row says about its source, metric and claim, as input for their schemas. */
export interface CsvRowInput {
  source: Record<string, unknown>;
  metric: Record<string, unknown>;
  claim: Record<string, unknown> & { value: Record<string, unknown> };
  errors: CsvCellError[];
}

const pointKinds = new Set(['exact', 'approximate', 'at_least', 'at_most']);

/** The figure cells a value kind uses; unknown for a kind that isn't one, which its schema reports. */
function figureColumns(kind: string): CsvColumn[] | undefined {
  if (kind === 'range') return ['low', 'high'];
  if (kind === 'statement') return [];
  return pointKinds.has(kind) ? ['value'] : undefined;
}

const misplacedFigure = (kind: string): string => {
  if (kind === 'range') return 'A range has low and high, not value';
  if (kind === 'statement') return 'A statement has no figure: leave value, low and high blank';
  return 'Only a range has low and high; put the figure in value';
};

/**
 * Reads one row's cells (already un-neutralised) into schema input: numbers become numbers and blank
 * cells mean "not given", so that the schemas' defaults and "Required" messages apply. What the
 * schemas cannot word well (a number that isn't one, a figure in the wrong cell) is reported here.
 */
export function readCsvRow(cells: Partial<Record<CsvColumn, string>>): CsvRowInput {
  const input: CsvRowInput = { source: {}, metric: {}, claim: { value: {} }, errors: [] };
  const fail = (column: CsvColumn, message: string) => input.errors.push({ column, message });
  const kind = cells.valueKind?.trim() ?? '';
  const figures = figureColumns(kind);
  for (const { name, record, field } of csvColumns) {
    const text = cells[name]?.trim() ?? '';
    const isFigure = name === 'value' || name === 'low' || name === 'high';
    if (text === '') {
      if (blankIsEmptyText.has(name)) input[record][field] = '';
      else if (name === 'valueKind' || figures?.includes(name)) fail(name, 'Required');
    } else if (isFigure && figures === undefined) {
      // The kind is not one: its own error says so, and which figures it takes can't be known.
    } else if (isFigure && !figures?.includes(name)) {
      fail(name, misplacedFigure(kind));
    } else if (numberColumns.has(name) && !numberPattern.test(text)) {
      fail(name, 'Must be a number written with digits, without thousands separators');
    } else {
      const value = numberColumns.has(name) ? Number(text) : text;
      if (field.startsWith('value.')) input.claim.value[field.slice('value.'.length)] = value;
      else input[record][field] = value;
    }
  }
  return input;
}

/** The column that holds a record's field, to point a schema error on that field at its cell. */
export function csvColumnFor(record: CsvRecord, path: string): CsvColumn | undefined {
  if (record === 'claim' && path === 'sourceId') return 'source';
  if (record === 'claim' && path === 'metricId') return 'metric';
  return csvColumns.find((c) => c.record === record && c.field === path)?.name;
}
