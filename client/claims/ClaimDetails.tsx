import type { Claim } from '../../shared/schemas/index.js';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { describeValue } from '../../shared/wording.js';
import { CitationLink } from '../ui/CitationLink';

/** Everything that says where a figure comes from, in the order an analyst checks it, then what analysts noted of it. */
export function ClaimDetails({ claim, unit }: { claim: Claim; unit: string }) {
  return (
    <dl className="claim-details">
      <dt>Figure</dt>
      <dd className="claim-figure">{describeValue(claim.value, unit)}</dd>
      <dt>Stated</dt>
      <dd>
        <time dateTime={claim.statedOn ?? undefined}>{formatStatedOn(claim.statedOn)}</time>
      </dd>
      {claim.scope && (
        <>
          <dt>Scope</dt>
          <dd>{claim.scope}</dd>
        </>
      )}
      {claim.via && (
        <>
          <dt>Via</dt>
          <dd>{claim.via}</dd>
        </>
      )}
      {claim.reportedBy && (
        <>
          <dt>Reported by</dt>
          <dd>{claim.reportedBy}</dd>
        </>
      )}
      {claim.quote && (
        <>
          <dt>Quote</dt>
          <dd>
            <q>{claim.quote}</q>
          </dd>
        </>
      )}
      {claim.citationUrl && (
        <>
          <dt>Citation</dt>
          <dd>
            <CitationLink url={claim.citationUrl} />
          </dd>
        </>
      )}
      {claim.notes && (
        <>
          <dt>Notes</dt>
          <dd className="claim-notes">{claim.notes}</dd>
        </>
      )}
    </dl>
  );
}
