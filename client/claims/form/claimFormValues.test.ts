import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/schemas/index.js';
import {
  claimToFormValues,
  emptyClaimForm,
  fieldErrorsFromServer,
  fitDateToPrecision,
  formValuesToInput,
  precisionOf,
  type ClaimFormValues,
} from './claimFormValues.js';

const form = (over: Partial<ClaimFormValues>): ClaimFormValues => ({
  ...emptyClaimForm({ metricId: 1, sourceId: 2 }),
  value: '5',
  statedOn: '2025-11-14',
  ...over,
});

const claim: Claim = {
  id: 7,
  metricId: 1,
  sourceId: 2,
  value: { kind: 'range', low: 11000, high: 12000 },
  scope: 'whole contingent',
  coverage: 'whole',
  statedOn: '2024-11',
  via: null,
  reportedBy: 'AFP',
  citationUrl: 'https://example.org/a',
  quote: 'around 11 to 12,000',
  credibility: 3,
  repeatsClaimId: null,
  notes: null,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};

describe('claim form ⇄ claim input', () => {
  it.each([
    ['exact', { value: '6,000' }, { kind: 'exact', value: 6000 }],
    ['approximate', { value: '14 000' }, { kind: 'approximate', value: 14000 }],
    ['at_least', { value: '2,500' }, { kind: 'at_least', value: 2500 }],
    ['at_most', { value: '8000' }, { kind: 'at_most', value: 8000 }],
    ['range', { low: '11,000', high: '12,000' }, { kind: 'range', low: 11000, high: 12000 }],
    ['statement', { value: 'ignored' }, { kind: 'statement' }],
  ] as const)('maps the %s kind to its value shape', (valueKind, fields, expected) => {
    const result = formValuesToInput(form({ valueKind, ...fields }));
    expect(result.ok && result.input.value).toEqual(expected);
  });

  it('round-trips a stored claim through the form', () => {
    const values = claimToFormValues(claim);
    expect(values).toMatchObject({ valueKind: 'range', low: '11000', high: '12000', datePrecision: 'month' });
    const result = formValuesToInput(values);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input).toMatchObject({
        metricId: 1,
        sourceId: 2,
        value: claim.value,
        statedOn: '2024-11',
        credibility: 3,
        reportedBy: 'AFP',
      });
    }
  });

  it('puts a range with low above high on the high input', () => {
    const result = formValuesToInput(form({ valueKind: 'range', low: '12,000', high: '11,000' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toEqual(['high']);
  });

  it('reports unreadable numbers on the input that holds them', () => {
    const result = formValuesToInput(form({ valueKind: 'range', low: 'lots', high: '6.000' }));
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['low', 'high']);
  });

  it('refuses a javascript: citation and a missing metric', () => {
    const result = formValuesToInput(form({ citationUrl: 'javascript:alert(1)', metricId: '' }));
    expect(!result.ok && result.errors.map((e) => e.field).sort()).toEqual(['citationUrl', 'metricId']);
  });

  it('reports every problem of an empty form at once, saying what to choose', () => {
    const result = formValuesToInput(emptyClaimForm());
    expect(!result.ok && result.errors).toEqual([
      { field: 'value', message: 'Enter a number' },
      { field: 'statedOn', message: 'Enter the date, or set its precision to unknown' },
      { field: 'metricId', message: 'Choose the metric this figure counts' },
      { field: 'sourceId', message: 'Choose the source that gave this figure' },
    ]);
  });

  it('does not blame the high end for an unreadable low end', () => {
    const result = formValuesToInput(form({ valueKind: 'range', low: 'lots', high: '5', sourceId: '' }));
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['low', 'sourceId']);
  });

  it('requires a date unless its precision is unknown', () => {
    expect(formValuesToInput(form({ statedOn: '' })).ok).toBe(false);
    const unknown = formValuesToInput(form({ statedOn: '', datePrecision: 'unknown' }));
    expect(unknown.ok && unknown.input.statedOn).toBeNull();
  });

  it('refuses a date not yet begun on the date input', () => {
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const result = formValuesToInput(form({ statedOn: nextYear, datePrecision: 'year' }));
    expect(!result.ok && result.errors).toEqual([{ field: 'statedOn', message: 'Cannot be later than today' }]);
  });

  it('maps server error paths to form fields', () => {
    expect(
      fieldErrorsFromServer([
        { path: 'value.high', message: 'a' },
        { path: 'sourceId', message: 'b' },
        { path: 'body', message: 'c' },
      ]).map((e) => e.field),
    ).toEqual(['high', 'sourceId', 'root']);
  });

  it('derives and fits date precision', () => {
    expect([precisionOf('2025'), precisionOf('2025-11'), precisionOf('2025-11-14'), precisionOf(null)]).toEqual([
      'year',
      'month',
      'day',
      'unknown',
    ]);
    expect(fitDateToPrecision('2025-11-14', 'month')).toBe('2025-11');
    expect(fitDateToPrecision('2025', 'day')).toBe('');
  });
});
