import { useId } from 'react';
import { Link } from 'react-router';
import { roundedBest } from '../../shared/estimate/rules.js';
import { leftOutReasons, type EstimateAnswer, type EstimatedClaimSummary } from '../../shared/schemas/index.js';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { describeValue } from '../../shared/wording.js';
import { useEstimate } from '../resources/metrics';
import { QueryState } from '../ui/QueryState';
import { minimumGrades, useEstimateSettings } from './useEstimateSettings';

/** "NIS: about 2,000 soldiers (2 Sept 2025)". */
const claimLine = (c: EstimatedClaimSummary, unit: string) =>
  `${c.sourceName}: ${describeValue(c.value, unit)} (${formatStatedOn(c.statedOn)})`;

/**
 * The claims an analyst can try the estimate without: those counted, or with no consensus those in
 * the groups that disagree, whose weights no best figure was made with.
 */
const weighedClaims = (e: EstimateAnswer): { claimId: number; weight: number | null }[] =>
  e.used.length > 0
    ? e.used.map(({ claimId, weight }) => ({ claimId, weight }))
    : e.clusters.flatMap((c) => c.claimIds.map((claimId) => ({ claimId, weight: null })));

/** The estimate's answer in one sentence: the best figure with its intervals, or why there is none. */
function Headline({ estimate, unit }: { estimate: EstimateAnswer; unit: string }) {
  if (estimate.best) {
    const { median, interval50, interval90 } = roundedBest(estimate.best);
    return (
      <p className="estimate-headline">
        <strong>
          About {median} {unit}
        </strong>{' '}
        — half the likelihood in {interval50}, nine-tenths in {interval90}.
      </p>
    );
  }
  return (
    <p className="estimate-headline">
      <strong>{estimate.noBest === 'no_consensus' ? 'No consensus' : 'No best figure'}</strong>
      {estimate.noBest === 'no_consensus' &&
        ` — ${estimate.clusters.length} groups of figures that cannot all be right`}
      .
    </p>
  );
}

/**
 * What the evidence supports together as of the date, from the server's estimate, with the
 * settings that test how far it rests on parties, weak grades and single sources.
 */
export function EstimatePanel({ metricId, asOf, unit }: { metricId: number; asOf: string; unit: string }) {
  const { settings, setMinimum, setExcludeParties, setIncludePartial, leaveOutSource, putBackSource } =
    useEstimateSettings();
  const estimate = useEstimate(metricId, asOf, settings);
  const headingId = useId();
  return (
    <section className="metric-section estimate" aria-labelledby={headingId} aria-busy={estimate.isPlaceholderData}>
      <h2 id={headingId}>What the evidence supports</h2>
      <div className="filters" role="group" aria-label="What the estimate counts">
        <label>
          Lowest source grade counted
          <select value={settings.minReliability ?? ''} onChange={(e) => setMinimum(e.target.value)}>
            <option value="">Every grade</option>
            {minimumGrades.map((grade) => (
              <option key={grade} value={grade}>
                {grade} or better
              </option>
            ))}
          </select>
        </label>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={settings.excludeParties ?? false}
            onChange={(e) => setExcludeParties(e.target.checked)}
          />
          Leave out parties to the conflict
        </label>
        <label className="filter-check">
          <input
            type="checkbox"
            checked={settings.includePartial}
            onChange={(e) => setIncludePartial(e.target.checked)}
          />
          Count figures for part of the scope
        </label>
      </div>
      <QueryState query={estimate} label="the estimate">
        {(e) => {
          const claimOf = new Map(e.claims.map((c) => [c.id, c]));
          return (
            <>
              <Headline estimate={e} unit={unit} />
              <ul className="estimate-rules">
                {e.rules.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
              <p>
                <Link to="/methodology#estimate">How the estimate is made</Link>
              </p>
              {weighedClaims(e).length > 0 && (
                <>
                  <h3>{e.best ? 'Counted' : 'Weighed'}</h3>
                  <ul className="estimate-claims">
                    {weighedClaims(e).map(({ claimId, weight }) => {
                      const c = claimOf.get(claimId)!;
                      return (
                        <li key={claimId}>
                          {claimLine(c, unit)}
                          {weight !== null && `, weight ${Math.round(weight * 100) / 100}`}{' '}
                          <button type="button" onClick={() => leaveOutSource(c.sourceId)}>
                            Leave out {c.sourceName}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
              {e.leftOut.length > 0 && (
                <>
                  <h3>Left out</h3>
                  <ul className="estimate-claims">
                    {e.leftOut.map((l) => {
                      const c = claimOf.get(l.claimId)!;
                      return (
                        <li key={l.claimId}>
                          {claimLine(c, unit)}: {leftOutReasons[l.reason]}
                          {l.reason === 'excluded_source' && (
                            <>
                              {' '}
                              <button type="button" onClick={() => putBackSource(c.sourceId)}>
                                Put {c.sourceName} back
                              </button>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
