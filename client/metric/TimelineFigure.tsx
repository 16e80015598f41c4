import { useId, useMemo, useRef } from 'react';
import { timelineCaption, timelineSubtitle } from '../../shared/charts/captions.js';
import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import { timelineSeries } from '../../shared/charts/timelineSeries.js';
import type { ScaleKind } from '../../shared/charts/valueAxis.js';
import type { Claim, Finding } from '../../shared/schemas/index.js';
import { ExportMenu } from '../export/ExportMenu';
import { plottedClaimsCsv, plottedClaimsProvenance } from '../export/plottedClaims';
import { exportFileName, improbableNote } from '../export/provenance';
import { OffTimelineList } from './OffTimelineList';
import { TimelineChart } from './TimelineChart';
import { TimelineDataTable } from './TimelineDataTable';
import { TimelineLegend } from './TimelineLegend';

/** How every source's figure moved over time, with its legend, a one-line reading and the data in words. */
export function TimelineFigure({
  claims,
  sourceOf,
  unit,
  scale,
  asOf,
  metricName,
  findings,
  includeImprobable,
}: {
  metricName: string;
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
  const caption = timelineCaption(timeline, unit);
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
                )
              }
            />
          </div>
          <div ref={legendRef}>
            <TimelineLegend tracks={timeline.tracks} />
          </div>
          <div ref={chartRef}>
            <TimelineChart
              timeline={timeline}
              unit={unit}
              asOf={asOf}
              title={`Every dated ${unit} figure over time, ${scale} scale; the table below lists them per source`}
            />
          </div>
          <details className="chart-data">
            <summary>
              Show data as a table<span className="visually-hidden"> (figures over time)</span>
            </summary>
            <TimelineDataTable tracks={timeline.tracks} unit={unit} />
          </details>
        </figure>
      )}
      <OffTimelineList claims={timeline.offTimeline} unit={unit} />
    </>
  );
}
