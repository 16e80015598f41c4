import { useId, useMemo, useRef } from 'react';
import { timelineCaption, timelineSubtitle } from '../../shared/charts/captions.js';
import { estimateBand, estimateBandCaption } from '../../shared/charts/estimateBand.js';
import { sourceLabel, type SourceRef } from '../../shared/charts/plottedClaim.js';
import { timelineSeries } from '../../shared/charts/timelineSeries.js';
import type { ScaleKind } from '../../shared/charts/valueAxis.js';
import type { Claim, EstimateHistory, Finding } from '../../shared/schemas/index.js';
import { ExportMenu } from '../export/ExportMenu';
import { plottedClaimsCsv, plottedClaimsProvenance } from '../export/plottedClaims';
import { estimateSettingsInWords, exportFileName, improbableNote } from '../export/provenance';
import { EstimateHistoryTable } from './EstimateHistoryTable';
import { OffTimelineList } from './OffTimelineList';
import { TimelineChart } from './TimelineChart';
import { TimelineDataTable } from './TimelineDataTable';
import { TimelineLegend } from './TimelineLegend';
import { useEstimateSettings } from './useEstimateSettings';

/** What the caption says of the band: what it is, or why none is drawn, or that it is being read. */
function bandSentence(history: EstimateHistory | undefined, failed: boolean): string {
  if (history) return estimateBandCaption(history);
  return failed ? 'The estimate over time could not be read.' : 'Reading the estimate over time…';
}

/**
 * How every source's figure moved over time, with the estimate as it stood behind them, its legend
 * (whose entries leave a source out of the estimate), a reading in words and the data as tables.
 */
export function TimelineFigure({
  claims,
  sourceOf,
  unit,
  scale,
  asOf,
  metricName,
  findings,
  includeImprobable,
  history,
  historyFailed,
}: {
  metricName: string;
  /** The estimate over time with the page's settings; undefined while it is read or when it could not be. */
  history: EstimateHistory | undefined;
  historyFailed: boolean;
  /** The comparison's findings as of `asOf`, which the exports carry; undefined while they cannot be read. */
  findings: readonly Finding[] | undefined;
  /** As the comparison above counts them: what the timeline draws, counts and exports follows. */
  includeImprobable: boolean;
  claims: readonly Claim[];
  sourceOf: (id: number) => SourceRef;
  unit: string;
  scale: ScaleKind;
  asOf: string;
}) {
  const captionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const timeline = useMemo(
    () => timelineSeries(claims, sourceOf, { scale, includeImprobable }),
    [claims, sourceOf, scale, includeImprobable],
  );
  const { settings, leaveOutSource, putBackSource } = useEstimateSettings();
  const leftOut = settings.excludeSourceIds ?? [];
  const band = useMemo(() => (history ? estimateBand(history, timeline.timeAxis.domain) : []), [history, timeline]);
  // Gaps alone, with no best figure at any date, would draw nothing the caption does not say.
  const drawnBand = band.some((s) => s.step.best) ? band : [];
  const caption = `${timelineCaption(timeline, unit)} ${bandSentence(history, historyFailed)}`;
  const sourceName = (id: number) => {
    const track = timeline.tracks.find((t) => t.source.id === id);
    return track && sourceLabel(track.source);
  };
  const drawn = { history, settings: estimateSettingsInWords(settings, sourceName) };
  return (
    <>
      {timeline.tracks.length === 0 ? (
        <div className="state state-empty">
          <p>{caption}</p>
        </div>
      ) : (
        <figure className="chart-figure" aria-labelledby={captionId}>
          <div className="chart-head">
            <figcaption id={captionId} className="chart-caption">
              {caption}
            </figcaption>
            <ExportMenu
              chartRef={chartRef}
              legendRef={legendRef}
              label="timeline chart"
              fileName={(ext) => exportFileName(metricName, 'timeline', asOf, ext)}
              csv={() =>
                plottedClaimsCsv(
                  timeline.tracks.flatMap((t) => t.points),
                  unit,
                  findings,
                  drawn,
                )
              }
              provenance={() =>
                plottedClaimsProvenance(
                  timeline.tracks.flatMap((t) => t.points),
                  {
                    title: `${metricName}: every figure over time`,
                    subtitle: `${timelineSubtitle(timeline, unit, asOf, scale)} · ${improbableNote(includeImprobable)}`,
                  },
                  findings,
                  drawn,
                )
              }
            />
          </div>
          <div ref={legendRef}>
            <TimelineLegend
              tracks={timeline.tracks}
              leftOut={leftOut}
              onToggle={(id) => (leftOut.includes(id) ? putBackSource(id) : leaveOutSource(id))}
              band={
                drawnBand.length > 0 ? { noConsensus: drawnBand.some((s) => s.step.noBest === 'no_consensus') } : null
              }
            />
          </div>
          <div ref={chartRef}>
            <TimelineChart
              timeline={timeline}
              unit={unit}
              asOf={asOf}
              band={drawnBand}
              title={`Every dated ${unit} figure over time, ${scale} scale; the table below lists them per source`}
            />
          </div>
          <details className="chart-data">
            <summary>
              Show data as a table<span className="visually-hidden"> (figures over time)</span>
            </summary>
            <TimelineDataTable tracks={timeline.tracks} unit={unit} />
            {history && history.steps.length > 0 && <EstimateHistoryTable history={history} unit={unit} />}
          </details>
        </figure>
      )}
      <OffTimelineList claims={timeline.offTimeline} unit={unit} />
    </>
  );
}
