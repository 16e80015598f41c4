import { useId } from 'react';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import type { ComparisonStatement } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { ClaimNote } from '../claims/ClaimNote';
import { CitationLink } from '../ui/CitationLink';
import { GroupSwatch } from '../ui/GroupSwatch';
import { useSearchParam } from '../ui/useSearchParam';

/** Whether the comparison chart draws the undated claims too, kept in the address like every view setting. */
export function useIncludeUndated(): [boolean, (include: boolean) => void] {
  const [param, setParam] = useSearchParam('undated');
  return [param === 'included', (include) => setParam(include ? 'included' : '')];
}

/**
 * Claims with no date, which no as-of comparison can place: one may postdate the date asked, or
 * predate the events. Listed so that leaving them out of the comparison hides nothing, and drawn on
 * the chart, in a lane of their own and never in the spread, when the analyst asks.
 */
export function UndatedList({
  undated,
  unit,
  included,
  onInclude,
}: {
  undated: readonly ComparisonStatement[];
  unit: string;
  included: boolean;
  onInclude: (include: boolean) => void;
}) {
  const headingId = useId();
  if (undated.length === 0) return null;
  return (
    <section className="statements" aria-labelledby={headingId}>
      <h3 id={headingId}>Undated</h3>
      <p className="muted">
        No as-of date can place these claims, so none is compared or counted in the spread. Included, they are drawn in
        a lane of their own below the compared figures.
      </p>
      <label className="inline-check">
        <input type="checkbox" checked={included} onChange={(e) => onInclude(e.target.checked)} /> Include undated
        claims
      </label>
      <ul>
        {undated.map(({ claim, source }) => (
          <li key={claim.id}>
            <p className="statement-head">
              <strong>{sourceLabel(source)}</strong>: {describeValue(claim.value, unit)}
              {claim.scope && <span className="muted"> · {claim.scope}</span>} <GroupSwatch group={source.group} />
            </p>
            {claim.quote && <q>{claim.quote}</q>} <CitationLink url={claim.citationUrl} />
            <ClaimNote notes={claim.notes} />
          </li>
        ))}
      </ul>
    </section>
  );
}
