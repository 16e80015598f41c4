import { claimFields, coverageLabels } from '../../../shared/fields/index.js';
import type { ClaimInput } from '../../../shared/schemas/index.js';
import { describeValue } from '../../../shared/wording.js';
import type { ConflictRow } from '../../ui/ConflictDialog';

type ClaimFields = Omit<ClaimInput, 'credibility'> & { credibility?: number | undefined };

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Both versions of a claim as the analyst reads them, field by field, labelled as the form labels them. */
export function conflictRows(
  theirs: ClaimFields,
  yours: ClaimFields,
  nameOf: { metric: (id: number) => string; source: (id: number) => string },
): ConflictRow[] {
  const read = (c: ClaimFields, field: (typeof claimFields)[number]['field']): string => {
    if (field === 'metricId') return nameOf.metric(c.metricId);
    if (field === 'sourceId') return nameOf.source(c.sourceId);
    if (field === 'value') return describeValue(c.value);
    if (field === 'credibility') return text(c.credibility ?? 6);
    if (field === 'coverage') return c.coverage ? coverageLabels[c.coverage] : '';
    return text(c[field]);
  };
  return claimFields.map(({ field, label }) => ({ label, theirs: read(theirs, field), yours: read(yours, field) }));
}
