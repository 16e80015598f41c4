import type { ClaimInput } from '../../../shared/schemas/index.js';
import { describeValue } from '../../../shared/wording.js';
import type { ConflictRow } from '../../ui/ConflictDialog';

type ClaimFields = Omit<ClaimInput, 'credibility'> & { credibility?: number | undefined };

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** Both versions of a claim as the analyst reads them, field by field. */
export function conflictRows(
  theirs: ClaimFields,
  yours: ClaimFields,
  nameOf: { metric: (id: number) => string; source: (id: number) => string },
): ConflictRow[] {
  const fields: [string, (c: ClaimFields) => string][] = [
    ['Metric', (c) => nameOf.metric(c.metricId)],
    ['Source', (c) => nameOf.source(c.sourceId)],
    ['Figure', (c) => describeValue(c.value)],
    ['Stated on', (c) => text(c.statedOn)],
    ['Scope', (c) => text(c.scope)],
    ['Via', (c) => text(c.via)],
    ['Reported by', (c) => text(c.reportedBy)],
    ['Citation', (c) => text(c.citationUrl)],
    ['Quote', (c) => text(c.quote)],
    ['Credibility', (c) => text(c.credibility ?? 6)],
    ['Repeats claim', (c) => text(c.repeatsClaimId)],
    ['Notes', (c) => text(c.notes)],
  ];
  return fields.map(([label, read]) => ({ label, theirs: read(theirs), yours: read(yours) }));
}
