import { dotGroupingAmbiguity, figureText } from '../figures.js';
import {
  cellsToFigure,
  claimFields,
  claimFigureColumns,
  figureCells,
  figureToCells,
  metricFields,
  sourceFields,
  type FieldDefinition,
  type FigureCell,
} from '../fields/index.js';
import { ValueKind, type Claim, type EntityType, type Metric, type Source } from '../schemas/index.js';

type Read = NonNullable<FieldDefinition<string>['csvCell']> | 'text';

/** The column of one of a record's fields that the CSV holds as one cell. */
function columnOf<R extends EntityType, C extends string, F extends string>(
  record: R,
  d: { csv: C; field: F; csvCell?: Read },
) {
  return { name: d.csv, record, field: d.field, read: d.csvCell ?? 'text' };
}

/**
 * The claims CSV, one row per claim: its source and metric are spelled out by name, so that the
 * sheet reads on its own and an import can find or create them. Its columns are the ones the field
 * definitions give (`shared/fields/`): the source's, the metric's, the figure's, then the claim's
 * others. Each says which record and field it holds, which serves the export, the import and
 * pointing an import error at its column.
 */
const sourceColumns = sourceFields.flatMap((d) => ('csv' in d ? [columnOf('source', d)] : []));
const metricColumns = metricFields.flatMap((d) => ('csv' in d ? [columnOf('metric', d)] : []));
const figure = claimFigureColumns;
/** The figure's kind and its cells, each under the path a schema error names it by. */
const figureColumns = [
  { name: figure.kind, record: 'claim' as const, field: 'value.kind' },
  ...figureCells.map((cell) => ({ name: figure[cell], record: 'claim' as const, field: `value.${cell}` })),
];
const claimColumns = claimFields.flatMap((d) => ('csv' in d && d.field !== 'value' ? [columnOf('claim', d)] : []));

export type CsvColumn = (
  typeof sourceColumns | typeof metricColumns | typeof claimColumns | typeof figureColumns
)[number]['name'];
const csvColumns = [...sourceColumns, ...metricColumns, ...figureColumns, ...claimColumns];
export const csvHeader: readonly CsvColumn[] = csvColumns.map((c) => c.name);

/** A row can't go without these; every other column may be left out of the header. */
export const requiredCsvColumns: readonly CsvColumn[] = ['source', 'metric', figure.kind];

/** Plain decimal notation, as the export writes it: no thousands separators, no hex, no words. */
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

type Cell = string | null;

const cellOf = (value: unknown): Cell =>
  typeof value === 'number'
    ? figureText(value)
    : typeof value === 'boolean'
      ? String(value)
      : typeof value === 'string'
        ? value
        : null;

/**
 * The export's cells for one claim, in column order, numbers written as the import reads them; the
 * metric's whole, which it refers to by id, is written by name.
 */
export function claimCsvCells(claim: Claim, source: Source, metric: Metric, whole: Metric | null): Cell[] {
  const cells = figureToCells(claim.value, figureText, null);
  return [
    ...sourceColumns.map((c) => cellOf(source[c.field])),
    ...metricColumns.map((c) => (c.read === 'name' ? (whole?.name ?? null) : cellOf(metric[c.field]))),
    cells.kind,
    ...figureCells.map((cell) => cells[cell]),
    ...claimColumns.map((c) => cellOf(claim[c.field])),
  ];
}

export interface CsvCellError {
  column: CsvColumn;
  message: string;
}

/** What one CSV row says about its source, metric and claim, as input for their schemas. */
export interface CsvRowInput {
  source: { name: string } & Record<string, unknown>;
  metric: { name: string } & Record<string, unknown>;
  /** The name of the metric the row's metric is part of, which the import looks up. */
  metricPartOf: string | undefined;
  claim: Record<string, unknown>;
  errors: CsvCellError[];
  /** Cells read past as they stand, such as a bound's figure repeated in `low`, which a dry run reports. */
  warnings: CsvCellError[];
}

const misplacedFigure = (kind: ValueKind): string => {
  if (kind === 'range') return 'A range has low and high, not value';
  if (kind === 'statement') return 'A statement has no figure: leave value, low and high blank';
  return 'Only a range has low and high; put the figure in value';
};

/** A row's cell in a column, or undefined when the file has no such column. */
export type CellReader = (column: CsvColumn) => string | undefined;

/** A blank cell means "not given". */
const textIn = (cell: CellReader, column: CsvColumn) => cell(column)?.trim() || undefined;

/** A blank name or unit stays empty text, which its schema calls "Required". */
const requiredIn = (cell: CellReader, column: CsvColumn) => cell(column)?.trim() ?? '';

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

/** `true` or `false` in any case, as a spreadsheet may write it; blank leaves the schema's default. */
function booleanIn(cell: CellReader, column: CsvColumn, errors: CsvCellError[]) {
  const text = textIn(cell, column)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  errors.push({ column, message: 'Must be true or false, or blank for false' });
  return undefined;
}

/** One record's cells as schema input, each read as its definition says. */
function fieldsIn(
  columns: readonly { name: CsvColumn; field: string; read: Read }[],
  cell: CellReader,
  errors: CsvCellError[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { name, field, read } of columns) {
    // A record named is looked up by the import: its schema takes the id found, not the name.
    if (read === 'name') continue;
    input[field] =
      read === 'number'
        ? numberIn(cell, name, errors)
        : read === 'boolean'
          ? booleanIn(cell, name, errors)
          : read === 'required'
            ? requiredIn(cell, name)
            : textIn(cell, name);
  }
  return input;
}

/**
 * The figure's input: its kind, and the numbers of the cells that kind fills, which no other may
 * hold but to repeat one of them, as spreadsheets that keep `low` and `high` for every row write an
 * "at least 600" with 600 in `low` too: that cell is ignored, with a warning.
 */
function figureIn(cell: CellReader, errors: CsvCellError[], warnings: CsvCellError[]): Record<string, unknown> {
  const kind = textIn(cell, figure.kind);
  if (kind === undefined) {
    errors.push({ column: figure.kind, message: 'Required' });
    return { kind };
  }
  const known = ValueKind.safeParse(kind);
  // The figures of a kind that isn't one wait for the error its schema reports on the kind.
  if (!known.success) return { kind };
  const given = new Map<FigureCell, number | undefined>();
  const input = cellsToFigure(known.data, (c: FigureCell) => {
    const n = numberIn(cell, figure[c], errors, true);
    given.set(c, n);
    return n;
  });
  for (const c of figureCells) {
    const text = textIn(cell, figure[c]);
    if (given.has(c) || text === undefined) continue;
    const repeats = [...given].find(([, n]) => n !== undefined && numberPattern.test(text) && Number(text) === n);
    if (repeats) warnings.push({ column: figure[c], message: `Repeats the figure in ${repeats[0]}, so it is ignored` });
    else errors.push({ column: figure[c], message: misplacedFigure(known.data) });
  }
  return input;
}

/**
 * Reads one row (its cells by column, already un-neutralised) into schema input: numbers become
 * numbers and blank cells mean "not given", so that the schemas' defaults apply; a blank name or
 * unit stays empty text, which the schemas call "Required"; the metric's whole stays a name. What the schemas cannot word well (a
 * number that isn't one, a figure in the wrong cell) is reported here.
 */
export function readCsvRow(cell: CellReader): CsvRowInput {
  const errors: CsvCellError[] = [];
  const warnings: CsvCellError[] = [];
  const value = figureIn(cell, errors, warnings);
  return {
    source: { ...fieldsIn(sourceColumns, cell, errors), name: requiredIn(cell, 'source') },
    metric: { ...fieldsIn(metricColumns, cell, errors), name: requiredIn(cell, 'metric') },
    metricPartOf: textIn(cell, 'metricPartOf'),
    claim: { value, ...fieldsIn(claimColumns, cell, errors) },
    errors,
    warnings,
  };
}

/** The column that holds a record's field, to point a schema error on that field at its cell. */
export function csvColumnFor(record: EntityType, path: string): CsvColumn | undefined {
  if (record === 'claim' && path === 'sourceId') return 'source';
  if (record === 'claim' && path === 'metricId') return 'metric';
  return csvColumns.find((c) => c.record === record && c.field === path)?.name;
}
