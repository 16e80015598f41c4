import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import type { OffTimelineClaim } from '../../shared/charts/timelineSeries.js';
import { describeValue } from '../../shared/wording.js';
import { ClaimNote } from '../claims/ClaimNote';
import { CitationLink } from '../ui/CitationLink';

/** Claims the timeline cannot place, listed so that leaving them off the chart hides nothing. */
export function OffTimelineList({ claims, unit }: { claims: readonly OffTimelineClaim[]; unit: string }) {
  if (claims.length === 0) return null;
  return (
    <div className="off-timeline">
      <h3>Not on the timeline</h3>
      <ul>
        {claims.map(({ claim, source, reason }) => (
          <li key={claim.id}>
            <strong>{sourceLabel(source)}</strong>:{' '}
            {reason === 'undated' ? (
              <>
                {describeValue(claim.value, unit)} <span className="muted">(undated)</span>
              </>
            ) : (
              <>
                no figure <span className="muted">({formatStatedOn(claim.statedOn)})</span>
              </>
            )}
            {claim.quote && (
              <>
                {' '}
                — <q>{claim.quote}</q>
              </>
            )}{' '}
            <CitationLink url={claim.citationUrl} />
            <ClaimNote notes={claim.notes} />
          </li>
        ))}
      </ul>
    </div>
  );
}
