import { useId } from 'react';
import { Link } from 'react-router';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { sourceLabel, type SourceRef } from '../../shared/charts/plottedClaim.js';
import { lineagesOf } from '../../shared/analysis/lineage.js';
import type { Claim } from '../../shared/schemas/index.js';
import { countOf, describeValue } from '../../shared/wording.js';

/** "NIS: about 2,000 soldiers (2 Sept 2025), via a briefing, reported by Yonhap". */
function ClaimLine({ claim, sourceOf, unit }: { claim: Claim; sourceOf: (id: number) => SourceRef; unit: string }) {
  const relay = [claim.via && `via ${claim.via}`, claim.reportedBy && `reported by ${claim.reportedBy}`].filter(
    Boolean,
  );
  return (
    <>
      <strong>{sourceLabel(sourceOf(claim.sourceId))}</strong>: {describeValue(claim.value, unit)} (
      {formatStatedOn(claim.statedOn)}){relay.length > 0 && `, ${relay.join(', ')}`}{' '}
      <Link to={`/claims/${claim.id}/history`} className="muted">
        claim #{claim.id}
      </Link>
    </>
  );
}

/**
 * Where the metric's figures come from: how many reports there are from how many independent
 * origins, and each origin with the claims that repeat it, so that an echo can be followed back.
 */
export function LineageView({
  claims,
  sourceOf,
  unit,
}: {
  claims: readonly Claim[];
  sourceOf: (id: number) => SourceRef;
  unit: string;
}) {
  const headingId = useId();
  const { reports, origins, lineages } = lineagesOf(claims);
  return (
    <section className="lineage" aria-labelledby={headingId}>
      <h3 id={headingId}>Where the figures come from</h3>
      <p>
        {countOf(reports, 'report', 'reports')} from {countOf(origins, 'independent origin', 'independent origins')}.
        {lineages.length === 0 && ' No claim is marked as repeating another.'}
      </p>
      {lineages.length > 0 && (
        <ul className="lineages">
          {lineages.map(({ originId, origin, repeats }) => (
            <li key={originId}>
              {origin ? (
                <ClaimLine claim={origin} sourceOf={sourceOf} unit={unit} />
              ) : (
                <>
                  A claim not among this metric’s live claims (
                  <Link to={`/claims/${originId}/history`}>#{originId}</Link>)
                </>
              )}
              , repeated by:
              <ul>
                {repeats.map((repeat) => (
                  <li key={repeat.id}>
                    <ClaimLine claim={repeat} sourceOf={sourceOf} unit={unit} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
