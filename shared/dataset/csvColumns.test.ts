import { describe, expect, it } from 'vitest';
import type { Claim, Metric, Source } from '../schemas/index.js';
import { claimCsvCells, csvColumnFor, csvHeader, readCsvRow as readCells, type CsvColumn } from './csvColumns.js';

/** Reads a row given as its cells by column. */
const readCsvRow = (cells: Partial<Record<CsvColumn, string>>) => readCells((column) => cells[column]);

const meta = { version: 1, createdAt: 't', updatedAt: 't', deletedAt: null };
const source: Source = {
  ...meta,
  id: 3,
  name: 'Korean Central News Agency',
  shortName: 'KCNA',
  kind: 'state_media',
  country: 'North Korea',
  group: null,
  reliability: 'F',
  party: true,
  aliases: [],
  url: 'https://kcna.example/',
  notes: 'not in the CSV',
};
const metric: Metric = {
  ...meta,
  id: 4,
  name: 'Soldiers killed',
  aliases: [],
  unit: 'soldiers',
  topic: 'Kursk',
  description: null,
  tolerance: 0.05,
  partOfMetricId: null,
};
const whole: Metric = { ...metric, id: 2, name: 'Casualties', tolerance: null };
const claim: Claim = {
  ...meta,
  id: 5,
  metricId: 4,
  sourceId: 3,
  value: { kind: 'range', low: 11000, high: 12000 },
  scope: 'whole contingent',
  coverage: 'whole',
  statedOn: '2025-11',
  via: null,
  reportedBy: 'Reuters',
  citationUrl: 'https://example.org/a',
  quote: 'between 11,000 and 12,000',
  credibility: 3,
  repeatsClaimId: 2,
  notes: null,
};

describe('claimCsvCells', () => {
  it('spells out the claim with its source and metric, its whole by name, in header order', () => {
    const cells = claimCsvCells(claim, source, { ...metric, partOfMetricId: whole.id }, whole);
    expect(Object.fromEntries(csvHeader.map((column, i) => [column, cells[i]]))).toEqual({
      source: 'Korean Central News Agency',
      sourceShortName: 'KCNA',
      sourceKind: 'state_media',
      sourceCountry: 'North Korea',
      sourceGroup: null,
      sourceReliability: 'F',
      sourceParty: 'true',
      metric: 'Soldiers killed',
      metricUnit: 'soldiers',
      metricTopic: 'Kursk',
      metricTolerance: '0.05',
      metricPartOf: 'Casualties',
      valueKind: 'range',
      value: null,
      low: '11000',
      high: '12000',
      statedOn: '2025-11',
      scope: 'whole contingent',
      coverage: 'whole',
      via: null,
      reportedBy: 'Reuters',
      citationUrl: 'https://example.org/a',
      quote: 'between 11,000 and 12,000',
      credibility: '3',
      notes: null,
    });
  });

  it('leaves the whole blank for a metric that stands alone', () => {
    expect(claimCsvCells(claim, source, metric, null)[csvHeader.indexOf('metricPartOf')]).toBeNull();
  });

  it('puts a point value in value and a statement in no figure cell', () => {
    const at = (c: Claim, column: string) => claimCsvCells(c, source, metric, null)[csvHeader.indexOf(column as never)];
    const point = { ...claim, value: { kind: 'at_least' as const, value: 6000 } };
    expect(['value', 'low', 'high'].map((c) => at(point, c))).toEqual(['6000', null, null]);
    const statement = { ...claim, value: { kind: 'statement' as const } };
    expect(['value', 'low', 'high'].map((c) => at(statement, c))).toEqual([null, null, null]);
  });
});

describe('readCsvRow', () => {
  it("reads the cells back into source, metric and claim input, and the metric's whole by name", () => {
    const cells = Object.fromEntries(
      csvHeader.map((column, i) => [column, String(claimCsvCells(claim, source, metric, whole)[i] ?? '')]),
    );
    expect(readCsvRow(cells)).toEqual({
      source: {
        name: source.name,
        shortName: 'KCNA',
        kind: 'state_media',
        country: 'North Korea',
        reliability: 'F',
        party: true,
      },
      metric: { name: metric.name, unit: 'soldiers', topic: 'Kursk', tolerance: 0.05 },
      metricPartOf: 'Casualties',
      claim: {
        value: { kind: 'range', low: 11000, high: 12000 },
        statedOn: '2025-11',
        scope: 'whole contingent',
        coverage: 'whole',
        reportedBy: 'Reuters',
        citationUrl: 'https://example.org/a',
        quote: 'between 11,000 and 12,000',
        credibility: 3,
      },
      errors: [],
      warnings: [],
    });
  });

  it('leaves blank cells as not given, but a blank name or unit as empty text for its schema to call required', () => {
    const row = readCsvRow({ source: ' ', metricUnit: '', valueKind: 'statement', credibility: '', quote: '  ' });
    expect(row).toEqual({
      source: { name: '' },
      metric: { name: '', unit: '' },
      metricPartOf: undefined,
      claim: { value: { kind: 'statement' } },
      errors: [],
      warnings: [],
    });
    expect(row.metric).not.toHaveProperty('partOfMetricId');
    expect(Object.values(row.claim).filter((v) => v !== undefined)).toHaveLength(1);
  });

  it.each([
    [{ valueKind: '' }, 'valueKind', 'Required'],
    [{ valueKind: 'exact' }, 'value', 'Required'],
    [{ valueKind: 'range', low: '1' }, 'high', 'Required'],
    [
      { valueKind: 'exact', value: '6,000' },
      'value',
      'Must be a number written with digits and a decimal point, without thousands separators: 6000 or 0.5',
    ],
    [
      // A decimal comma, as a semicolon-separated spreadsheet writes it.
      { valueKind: 'exact', value: '0,5' },
      'value',
      'Must be a number written with digits and a decimal point, without thousands separators: 6000 or 0.5',
    ],
    [
      { valueKind: 'exact', value: '0x10' },
      'value',
      'Must be a number written with digits and a decimal point, without thousands separators: 6000 or 0.5',
    ],
    [{ valueKind: 'exact', value: '9', low: '1' }, 'low', 'Only a range has low and high; put the figure in value'],
    [{ valueKind: 'range', value: '9', low: '1', high: '2' }, 'value', 'A range has low and high, not value'],
    [{ valueKind: 'statement', high: '2' }, 'high', 'A statement has no figure: leave value, low and high blank'],
    [
      { valueKind: 'statement', credibility: 'high' },
      'credibility',
      'Must be a number written with digits and a decimal point, without thousands separators: 6000 or 0.5',
    ],
    [{ valueKind: 'statement', sourceParty: 'yes' }, 'sourceParty', 'Must be true or false, or blank for false'],
    [{ valueKind: 'statement', sourceParty: '1' }, 'sourceParty', 'Must be true or false, or blank for false'],
  ])('reports %j at %s', (cells, column, message) => {
    expect(readCsvRow(cells).errors).toEqual([{ column, message }]);
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    [' True ', true],
    ['', undefined],
  ])('reads whether a source is a party from %j, as a spreadsheet may write it', (sourceParty, party) => {
    expect(readCsvRow({ valueKind: 'statement', sourceParty })).toMatchObject({ source: { party }, errors: [] });
  });

  it.each([
    [{ valueKind: 'at_least', value: '600', low: '600' }, 'low', 'value'],
    [{ valueKind: 'at_most', value: '999', high: '999.0' }, 'high', 'value'],
    [{ valueKind: 'exact', value: '9', low: '9', high: '9' }, 'low', 'value'],
    [{ valueKind: 'range', low: '200', high: '999', value: '999' }, 'value', 'high'],
  ])('accepts %j, whose %s repeats the figure in %s, and warns that it is ignored', (cells, column, kept) => {
    const row = readCsvRow(cells);
    expect(row.errors).toEqual([]);
    expect(row.warnings[0]).toEqual({ column, message: `Repeats the figure in ${kept}, so it is ignored` });
  });

  it('still refuses a bound whose low or high is another figure, or a statement with one', () => {
    expect(readCsvRow({ valueKind: 'at_least', value: '600', low: '2000' })).toMatchObject({
      errors: [{ column: 'low', message: 'Only a range has low and high; put the figure in value' }],
      warnings: [],
    });
    expect(readCsvRow({ valueKind: 'at_least', value: 'many', low: 'many' }).errors.map((e) => e.column)).toEqual([
      'value',
      'low',
    ]);
  });

  it('reads numbers as the export writes them, and leaves range checks to the schema', () => {
    expect(readCsvRow({ valueKind: 'range', low: '0.5', high: '1e15' }).claim.value).toEqual({
      kind: 'range',
      low: 0.5,
      high: 1e15,
    });
    expect(readCsvRow({ valueKind: 'exact', value: '-5' }).claim.value).toEqual({ kind: 'exact', value: -5 });
  });

  it.each([
    [
      { valueKind: 'exact', value: '6.000' },
      'value',
      '"6.000" is ambiguous: write 6000 if the dots group thousands, or 6 for a decimal',
    ],
    [
      { valueKind: 'statement', credibility: '+1.000' },
      'credibility',
      '"1.000" is ambiguous: write 1000 if the dots group thousands, or 1 for a decimal',
    ],
  ])('refuses %j, which the claim form refuses too, rather than read thousands as units', (cells, column, message) => {
    expect(readCsvRow(cells).errors).toEqual([{ column, message }]);
  });

  it('reads back a figure the export wrote with three decimals', () => {
    const precise = { ...claim, value: { kind: 'exact' as const, value: 1.234 } };
    const cells = Object.fromEntries(
      csvHeader.map((column, i) => [column, claimCsvCells(precise, source, metric, null)[i] ?? '']),
    );
    expect(readCsvRow(cells)).toMatchObject({ claim: { value: { kind: 'exact', value: 1.234 } }, errors: [] });
  });

  it('leaves the figures of an unknown kind to the error on the kind', () => {
    expect(readCsvRow({ valueKind: 'several', value: '3' })).toMatchObject({
      claim: { value: { kind: 'several' } },
      errors: [],
      warnings: [],
    });
  });
});

describe('csvColumnFor', () => {
  it('finds the column of a field, and of the ids a row gives by name', () => {
    expect(csvColumnFor('claim', 'value.high')).toBe('high');
    expect(csvColumnFor('claim', 'value.kind')).toBe('valueKind');
    expect(csvColumnFor('source', 'kind')).toBe('sourceKind');
    expect(csvColumnFor('metric', 'unit')).toBe('metricUnit');
    expect(csvColumnFor('metric', 'partOfMetricId')).toBe('metricPartOf');
    expect(csvColumnFor('claim', 'sourceId')).toBe('source');
    expect(csvColumnFor('claim', 'repeatsClaimId')).toBeUndefined();
  });
});
