import { dotGroupingAmbiguity, figureText } from '../figures.js';
import type { Claim, EntityType, Metric, Source } from '../schemas/index.js';

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
] as const satisfies readonly { name: string; record: EntityType; field: string }[];

export type CsvColumn = (typeof csvColumns)[number]['name'];
export const csvHeader: readonly CsvColumn[] = csvColumns.map((c) => c.name);

/** A row can't go without these; every other column may be left out of the header. */
export const requiredCsvColumns: readonly CsvColumn[] = ['source', 'metric', 'valueKind'];

/** Plain decimal notation, as the export writes it: no thousands separators, no hex, no words. */
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Cell = string | null;

const fieldPaths = csvColumns.map((c) => ({ record: c.record, path: c.field.split('.') }));

/** The export's cells for one claim, in column order, numbers written as the import reads them. */
export function claimCsvCells(claim: Claim, source: Source, metric: Metric): Cell[] {
  const records = { source, metric, claim };
  return fieldPaths.map(({ record, path }) => {
    const cell = path.reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], records[record]);
    return typeof cell === 'number' ? figureText(cell) : ((cell as Cell | undefined) ?? null);
  });
}

export interface CsvCellError {
  column: CsvColumn;
  message: string;
}

/** What one CSV row says about its source, metric and claim, as input for their schemas. */
export interface CsvRowInput {
  source: { name: string } & Record<string, unknown>;
  metric: { name: string } & Record<string, unknown>;
  claim: Record<string, unknown>;
  errors: CsvCellError[];
}

const pointKinds = new Set(['exact', 'approximate', 'at_least', 'at_most']);
const figureCells = ['value', 'low', 'high'] as const;

/** The figure cells a value kind uses; unknown for a kind that isn't one, which its schema reports. */
function figureColumns(kind: string): readonly CsvColumn[] | undefined {
  if (kind === 'range') return ['low', 'high'];
  if (kind === 'statement') return [];
  return pointKinds.has(kind) ? ['value'] : undefined;
}

const misplacedFigure = (kind: string): string => {
  if (kind === 'range') return 'A range has low and high, not value';
  if (kind === 'statement') return 'A statement has no figure: leave value, low and high blank';
  return 'Only a range has low and high; put the figure in value';
};

/** A row's cell in a column, or undefined when the file has no such column. */
export type CellReader = (column: CsvColumn) => string | undefined;

/** A blank cell means "not given". */
const textIn = (cell: CellReader, column: CsvColumn) => cell(column)?.trim() || undefined;

function numberIn(cell: CellReader, column: CsvColumn, errors: CsvCellError[], required = false) {
  const text = textIn(cell, column);
  if (text === undefined) {
    if (required) errors.push({ column, message: 'Required' });
    return undefined;
  }
  if (!numberPattern.test(text)) {
    errors.push({
      column,
      message: 'Must be a number written with digits and a decimal point, without thousands separators: 6000 or 0.5',
    });
    return undefined;
  }
  const ambiguity = dotGroupingAmbiguity(text.replace(/^[+-]/, ''));
  if (ambiguity === undefined) return Number(text);
  errors.push({ column, message: ambiguity });
  return undefined;
}

/**
 * Reads one row (its cells by column, already un-neutralised) into schema input: numbers become
 * numbers and blank cells mean "not given", so that the schemas' defaults apply; a blank name or
 * unit stays empty text, which the schemas call "Required". What the schemas cannot word well (a
 * number that isn't one, a figure in the wrong cell) is reported here.
 */
export function readCsvRow(cell: CellReader): CsvRowInput {
  const errors: CsvCellError[] = [];
  const kind = textIn(cell, 'valueKind');
  const figures = kind === undefined ? undefined : figureColumns(kind);
  let value: Record<string, unknown> = { kind };
  if (kind === undefined) errors.push({ column: 'valueKind', message: 'Required' });
  else if (figures) {
    for (const column of figureCells) {
      if (!figures.includes(column) && textIn(cell, column) !== undefined) {
        errors.push({ column, message: misplacedFigure(kind) });
      }
    }
    if (kind === 'range')
      value = { kind, low: numberIn(cell, 'low', errors, true), high: numberIn(cell, 'high', errors, true) };
    else if (figures.includes('value')) value = { kind, value: numberIn(cell, 'value', errors, true) };
  }

  return {
    source: {
      name: cell('source')?.trim() ?? '',
      shortName: textIn(cell, 'sourceShortName'),
      kind: textIn(cell, 'sourceKind'),
      country: textIn(cell, 'sourceCountry'),
      group: textIn(cell, 'sourceGroup'),
      reliability: textIn(cell, 'sourceReliability'),
    },
    metric: {
      name: cell('metric')?.trim() ?? '',
      unit: cell('metricUnit')?.trim() ?? '',
      topic: textIn(cell, 'metricTopic'),
    },
    claim: {
      value,
      statedOn: textIn(cell, 'statedOn'),
      scope: textIn(cell, 'scope'),
      via: textIn(cell, 'via'),
      reportedBy: textIn(cell, 'reportedBy'),
      citationUrl: textIn(cell, 'citationUrl'),
      quote: textIn(cell, 'quote'),
      credibility: numberIn(cell, 'credibility', errors),
      notes: textIn(cell, 'notes'),
    },
    errors,
  };
}

/** The column that holds a record's field, to point a schema error on that field at its cell. */
export function csvColumnFor(record: EntityType, path: string): CsvColumn | undefined {
  if (record === 'claim' && path === 'sourceId') return 'source';
  if (record === 'claim' && path === 'metricId') return 'metric';
  return csvColumns.find((c) => c.record === record && c.field === path)?.name;
}
