import type { ClaimInput, Coverage } from '../schemas/index.js';
import type { EveryField, FieldDefinition } from './fieldDefinition.js';

/** A claim's figure in the claims CSV: its kind, and a column for each of its cells. */
export const claimFigureColumns = { kind: 'valueKind', value: 'value', low: 'low', high: 'high' } as const;

/** A claim's fields in the order analysts read them: in the form, the CSV and a conflict. */
export const claimFields = [
  // The CSV names a claim's metric and source by name, in the metric's and the source's columns.
  { field: 'metricId', label: 'Metric' },
  { field: 'sourceId', label: 'Source' },
  { field: 'value', label: 'Figure', csv: claimFigureColumns },
  { field: 'statedOn', label: 'Stated on', csv: 'statedOn' },
  { field: 'scope', label: 'Scope', csv: 'scope' },
  { field: 'coverage', label: 'Coverage', csv: 'coverage' },
  { field: 'via', label: 'Via', csv: 'via' },
  { field: 'reportedBy', label: 'Reported by', csv: 'reportedBy' },
  { field: 'citationUrl', label: 'Citation URL', csv: 'citationUrl' },
  { field: 'quote', label: 'Quote', csv: 'quote' },
  { field: 'credibility', label: 'Credibility', csv: 'credibility', csvCell: 'number' },
  // Not in the CSV: a repeat links two rows, which a spreadsheet edit would silently break.
  { field: 'repeatsClaimId', label: 'Repeats an earlier claim' },
  { field: 'notes', label: 'Notes', csv: 'notes' },
] as const satisfies readonly FieldDefinition<keyof ClaimInput>[];

const everyClaimField: EveryField<typeof claimFields, keyof ClaimInput> = true;
void everyClaimField;

/** A claim's coverage as the form offers it and history shows it. */
export const coverageLabels: Record<Coverage, string> = { whole: 'Whole scope', part: 'Part of it' };
export const unknownCoverageLabel = 'Unknown';
