import {
  ClaimInput,
  type Claim,
  type Coverage,
  type FieldError,
  type ValueKind,
} from '../../../shared/schemas/index.js';
import { cellsToFigure, figureToCells } from '../../../shared/fields/index.js';
import { figureText, parseFigure } from '../../../shared/figures.js';

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** What the claim form holds: text as typed, so "6,000" survives until it is submitted. */
export interface ClaimFormValues {
  metricId: string;
  sourceId: string;
  valueKind: ValueKind;
  value: string;
  low: string;
  high: string;
  datePrecision: DatePrecision;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the precision says. */
  statedOn: string;
  scope: string;
  /** 'whole', 'part', or '' for not known. */
  coverage: Coverage | '';
  via: string;
  reportedBy: string;
  citationUrl: string;
  quote: string;
  credibility: string;
  repeatsClaimId: string;
  notes: string;
}

export type ClaimFormField = keyof ClaimFormValues;

export function emptyClaimForm(preset: { metricId?: number; sourceId?: number } = {}): ClaimFormValues {
  return {
    metricId: preset.metricId ? String(preset.metricId) : '',
    sourceId: preset.sourceId ? String(preset.sourceId) : '',
    valueKind: 'exact',
    value: '',
    low: '',
    high: '',
    datePrecision: 'day',
    statedOn: '',
    scope: '',
    coverage: '',
    via: '',
    reportedBy: '',
    citationUrl: '',
    quote: '',
    credibility: '6',
    repeatsClaimId: '',
    notes: '',
  };
}

export function precisionOf(statedOn: string | null): DatePrecision {
  if (statedOn === null) return 'unknown';
  return ({ 4: 'year', 7: 'month', 10: 'day' } as const)[statedOn.length as 4 | 7 | 10] ?? 'day';
}

/** Shortens or clears a date when the analyst lowers its precision, keeping what still applies. */
export function fitDateToPrecision(statedOn: string, precision: DatePrecision): string {
  const length = { day: 10, month: 7, year: 4, unknown: 0 }[precision];
  return statedOn.length >= length ? statedOn.slice(0, length) : '';
}

export function claimToFormValues(claim: Claim): ClaimFormValues {
  const { kind, value, low, high } = figureToCells(claim.value, figureText, '');
  return {
    metricId: String(claim.metricId),
    sourceId: String(claim.sourceId),
    valueKind: kind,
    value,
    low,
    high,
    datePrecision: precisionOf(claim.statedOn),
    statedOn: claim.statedOn ?? '',
    scope: claim.scope ?? '',
    coverage: claim.coverage ?? '',
    via: claim.via ?? '',
    reportedBy: claim.reportedBy ?? '',
    citationUrl: claim.citationUrl ?? '',
    quote: claim.quote ?? '',
    credibility: String(claim.credibility),
    repeatsClaimId: claim.repeatsClaimId ? String(claim.repeatsClaimId) : '',
    notes: claim.notes ?? '',
  };
}

/** Which form field an API or schema error path belongs to: `value.high` is the "high" input. */
export function formFieldOf(path: string): ClaimFormField | 'root' {
  const fields: Record<string, ClaimFormField> = {
    'value.value': 'value',
    'value.low': 'low',
    'value.high': 'high',
    'value.kind': 'valueKind',
    value: 'valueKind',
  };
  if (fields[path]) return fields[path];
  const head = path.split('.')[0] ?? '';
  return isClaimFormField(head) ? head : 'root';
}

const isClaimFormField = (name: string): name is ClaimFormField => Object.hasOwn(emptyClaimForm(), name);

type Conversion =
  { ok: true; input: ClaimInput } | { ok: false; errors: { field: ClaimFormField | 'root'; message: string }[] };

const idOrNull = (text: string) => (text === '' ? null : Number(text));

/** The pickers' errors say what to choose: the schema's "expected number" means nothing to an analyst. */
const choiceMessages: Partial<Record<ClaimFormField, string>> = {
  metricId: 'Choose the metric this figure counts',
  sourceId: 'Choose the source that gave this figure',
};

/**
 * Turns the form into the API's claim input and checks it with the same schema the server uses,
 * reporting every problem at once, each against the input the analyst can fix.
 */
export function formValuesToInput(form: ClaimFormValues): Conversion {
  const errors: { field: ClaimFormField | 'root'; message: string }[] = [];
  const value = cellsToFigure(form.valueKind, (field) => {
    const parsed = parseFigure(form[field]);
    if (parsed.ok) return parsed.value;
    errors.push({ field, message: parsed.message });
    return NaN;
  });
  const figureUnreadable = errors.length > 0;
  const dateMissing = form.datePrecision !== 'unknown' && form.statedOn.trim() === '';
  if (dateMissing) errors.push({ field: 'statedOn', message: 'Enter the date, or set its precision to unknown' });

  // Every field of the claim, or the compiler says which: one left out would be dropped from every save.
  const candidate = {
    metricId: form.metricId === '' ? undefined : Number(form.metricId),
    sourceId: form.sourceId === '' ? undefined : Number(form.sourceId),
    value,
    scope: form.scope,
    coverage: form.coverage,
    statedOn: form.datePrecision === 'unknown' ? null : form.statedOn,
    via: form.via,
    reportedBy: form.reportedBy,
    citationUrl: form.citationUrl,
    quote: form.quote,
    credibility: Number(form.credibility),
    repeatsClaimId: idOrNull(form.repeatsClaimId),
    notes: form.notes,
  } satisfies Record<keyof ClaimInput, unknown>;
  // What is already reported stands in as something valid, so that the schema reports the rest
  // without a second, vaguer error on the same input.
  const parsed = ClaimInput.safeParse({
    ...candidate,
    ...(figureUnreadable && { value: { kind: 'statement' } }),
    ...(dateMissing && { statedOn: null }),
  });
  const { metricId, sourceId } = candidate;
  if (parsed.success && errors.length === 0 && metricId !== undefined && sourceId !== undefined)
    return { ok: true, input: { ...candidate, metricId, sourceId } };
  for (const issue of parsed.error?.issues ?? []) {
    const field = formFieldOf(issue.path.map(String).join('.'));
    errors.push({ field, message: (field !== 'root' && choiceMessages[field]) || issue.message });
  }
  return { ok: false, errors };
}

export const fieldErrorsFromServer = (errors: FieldError[]) =>
  errors.map((e) => ({ field: formFieldOf(e.path), message: e.message }));
