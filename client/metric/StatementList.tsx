import type { ComparisonStatement } from '../../shared/schemas/index.js';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import { ClaimNote } from '../claims/ClaimNote';
import { CitationLink } from '../ui/CitationLink';
import { GroupSwatch } from '../ui/GroupSwatch';

/** Sources whose latest word has no figure: they cannot be plotted, but what they said still counts. */
export function StatementList({ statements }: { statements: readonly ComparisonStatement[] }) {
  if (statements.length === 0) return null;
  return (
    <section className="statements" aria-labelledby="statements-heading">
      <h3 id="statements-heading">Statements without a figure</h3>
      <ul>
        {statements.map(({ claim, source }) => (
          <li key={claim.id}>
            <p className="statement-head">
              <strong>{sourceLabel(source)}</strong> <GroupSwatch group={source.group} />
              <span className="muted">
                {' '}
                · <time dateTime={claim.statedOn ?? undefined}>{formatStatedOn(claim.statedOn)}</time>
                {claim.scope && <> · {claim.scope}</>}
              </span>
            </p>
            {claim.quote ? <q>{claim.quote}</q> : <span className="muted">No quote recorded.</span>}{' '}
            <CitationLink url={claim.citationUrl} />
            <ClaimNote notes={claim.notes} />
          </li>
        ))}
      </ul>
    </section>
  );
}
