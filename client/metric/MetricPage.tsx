import { Link, useParams } from 'react-router';
import { drawnSpread } from '../../shared/charts/comparisonSeries.js';
import { defaultScale, scaleKinds, type ScaleKind } from '../../shared/charts/valueAxis.js';
import { ApiError } from '../resources/http';
import { ClaimsTable } from '../claims/ClaimsTable';
import { ImprobableToggle, useIncludeImprobable } from '../ui/ImprobableToggle';
import { QueryState } from '../ui/QueryState';
import { useAfterPaint } from '../ui/useAfterPaint';
import { useSearchParam } from '../ui/useSearchParam';
import { useAddressedText } from '../ui/useSearchParamText';
import { useComparison, useEstimate, useEstimateHistory, useMetric } from '../resources/metrics';
import { asOfFrom, today } from './asOf';
import { ComparisonFigure } from './ComparisonFigure';
import { ComparisonWarnings } from './ComparisonWarnings';
import { EstimatePanel } from './EstimatePanel';
import { useEstimateSettings } from './useEstimateSettings';
import { FindingsList } from './FindingsList';
import { LineageView } from './LineageView';
import { MetricHeader } from './MetricHeader';
import { ScaleToggle } from './ScaleToggle';
import { StatementList } from './StatementList';
import { TimelineFigure } from './TimelineFigure';
import { UndatedList, useIncludeUndated } from './UndatedList';
import { WithMetricClaims } from './WithMetricClaims';
import './metric.css';
import { PageTitle } from '../ui/PageTitle';

const isScale = (s: string): s is ScaleKind => (scaleKinds as readonly string[]).includes(s);

/**
 * `/metrics/:id`: where the sources' figures for one metric diverge now, how they moved, and every
 * claim behind them. The as-of date, the scale and the table's filters all live in the address.
 */
export default function MetricPage() {
  const id = Number(useParams().id);
  const metric = useMetric(id);
  const [asOfParam, setAsOfParam] = useSearchParam('asOf', today());
  // A blank box is a date half typed ("02/30/2025" on the way to "02/01/2025"): written to the
  // address it would read as today, and the box would follow that and take the next keys into it.
  const [asOfText, typeAsOf] = useAddressedText(asOfParam, (next) => {
    if (next) setAsOfParam(next);
  });
  // A mangled date in a pasted link falls back to today rather than breaking the page.
  const asOf = asOfFrom(asOfParam);
  const [includeImprobable, setIncludeImprobable] = useIncludeImprobable();
  const comparison = useComparison(id, asOf, includeImprobable);
  // The same query as the estimate's own section, asked once: the chart draws its band.
  const { settings } = useEstimateSettings();
  const estimate = useEstimate(id, asOf, settings);
  const estimateHistory = useEstimateHistory(id, asOf, settings);
  const [includeUndated, setIncludeUndated] = useIncludeUndated();
  const fallbackScale = defaultScale(comparison.data ? drawnSpread(comparison.data, includeUndated) : null);
  const [scaleParam, setScale] = useSearchParam('scale', fallbackScale);
  const scale = isScale(scaleParam) ? scaleParam : fallbackScale;
  const [highlight] = useSearchParam('highlight');
  // A metric with thousands of claims has a heavy timeline and table: the comparison comes first.
  const restReady = useAfterPaint(comparison.isFetched);
  const [showDeleted, setShowDeleted] = useSearchParam('deleted');

  // A visitor without a session is sent to sign in (by QueryState below), not told the metric is missing.
  if (metric.error instanceof ApiError && (metric.error.status === 404 || metric.error.status === 400)) {
    return (
      <section>
        <PageTitle page="No such metric" />
        <h1>No such metric</h1>
        <p>
          There is no metric #{id}. <Link to="/">See all metrics</Link>.
        </p>
      </section>
    );
  }
  return (
    <QueryState query={metric} label="the metric">
      {(m) => (
        <article className="metric-page">
          <MetricHeader metric={m} />
          <div className="view-controls filters" role="group" aria-label="View">
            <label>
              As of
              <input
                type="date"
                // Blank while a part is half typed: filling in a date then would put the next keys
                // into it ("02/01/2025" became 0025-11-27).
                value={asOfText === '' ? '' : asOfFrom(asOfText)}
                max={today()}
                onChange={(e) => typeAsOf(e.target.value)}
                // Left blank, the box means what no date means: today.
                onBlur={() => asOfText === '' && typeAsOf(today())}
              />
            </label>
            <ScaleToggle scale={comparison.data || isScale(scaleParam) ? scale : null} onChange={setScale} />
            <ImprobableToggle included={includeImprobable} onChange={setIncludeImprobable} />
          </div>

          <section className="metric-section" aria-labelledby="latest-heading" aria-busy={comparison.isPlaceholderData}>
            <h2 id="latest-heading">Latest figure from each source</h2>
            <QueryState query={comparison} label="the comparison">
              {(c) => (
                <>
                  <FindingsList comparison={c} />
                  <ComparisonWarnings comparison={c} />
                  <ComparisonFigure
                    comparison={c}
                    scale={scale}
                    includeImprobable={includeImprobable}
                    includeUndated={includeUndated}
                    estimate={estimate.data}
                  />
                  <StatementList statements={c.statements} />
                  <UndatedList
                    undated={c.undated}
                    unit={c.metric.unit}
                    included={includeUndated}
                    onInclude={setIncludeUndated}
                  />
                </>
              )}
            </QueryState>
          </section>

          <EstimatePanel metricId={m.id} asOf={asOf} unit={m.unit} />

          {restReady ? (
            <>
              <section className="metric-section" aria-labelledby="timeline-heading">
                <h2 id="timeline-heading">How the figures moved</h2>
                <WithMetricClaims metricId={m.id} empty={<p>No claims about this metric yet.</p>}>
                  {(claims, sourceOf) => (
                    <>
                      <TimelineFigure
                        metricName={m.name}
                        claims={claims}
                        sourceOf={sourceOf}
                        unit={m.unit}
                        scale={scale}
                        asOf={asOf}
                        findings={comparison.data?.findings}
                        includeImprobable={includeImprobable}
                        history={estimateHistory.data}
                        historyFailed={estimateHistory.isError}
                      />
                      <LineageView claims={claims} sourceOf={sourceOf} unit={m.unit} />
                    </>
                  )}
                </WithMetricClaims>
              </section>

              <section className="metric-section" aria-labelledby="claims-heading">
                <h2 id="claims-heading">All claims</h2>
                <label className="inline-check">
                  <input
                    type="checkbox"
                    checked={showDeleted === 'shown'}
                    onChange={(e) => setShowDeleted(e.target.checked ? 'shown' : '')}
                  />{' '}
                  Show deleted claims, to restore them
                </label>
                <WithMetricClaims
                  metricId={m.id}
                  includeDeleted={showDeleted === 'shown'}
                  empty={
                    <p>
                      No claims about this metric yet.{' '}
                      <Link to={`/claims/new?metricId=${m.id}`}>Add the first one</Link>.
                    </p>
                  }
                >
                  {(claims, sourceOf) => (
                    <ClaimsTable
                      claims={claims}
                      sourceOf={sourceOf}
                      unit={m.unit}
                      highlight={highlight ? Number(highlight) : null}
                    />
                  )}
                </WithMetricClaims>
              </section>
            </>
          ) : (
            <p className="state state-loading" role="status">
              Loading the timeline and claims…
            </p>
          )}
        </article>
      )}
    </QueryState>
  );
}
