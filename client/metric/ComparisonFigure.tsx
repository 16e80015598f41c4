import { useId, useMemo, useRef } from 'react';
import { comparisonCaption } from '../../shared/charts/captions.js';
import { comparisonSeries } from '../../shared/charts/comparisonSeries.js';
import type { ScaleKind } from '../../shared/charts/valueAxis.js';
import type { Comparison, EstimateAnswer } from '../../shared/schemas/index.js';
import { ExportMenu } from '../export/ExportMenu';
import { plottedClaimsCsv, plottedClaimsProvenance } from '../export/plottedClaims';
import { exportFileName, improbableNote } from '../export/provenance';
import { GroupLegend } from '../ui/GroupLegend';
import { MarkLegend } from '../ui/MarkLegend';
import { roundedBest } from '../../shared/estimate/rules.js';
import { ComparisonChart } from './ComparisonChart';
import { ComparisonDataTable } from './ComparisonDataTable';

/** Each source's latest figure side by side, with its legend, a one-line reading and the data as a table. */
export function ComparisonFigure({
  comparison,
  scale,
  includeImprobable,
  includeUndated,
  estimate,
}: {
  comparison: Comparison;
  scale: ScaleKind;
  includeImprobable: boolean;
  includeUndated: boolean;
  /** The estimate as of the same date, its best figure drawn behind the marks; undefined while it is read. */
  estimate?: EstimateAnswer | undefined;
}) {
  const captionId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const series = useMemo(
    () => comparisonSeries(comparison, { scale, includeUndated }),
    [comparison, scale, includeUndated],
  );
  const unit = comparison.metric.unit;
  const best = estimate?.best;
  // Exports carry the estimate only when the chart draws it.
  const drawn = best ? estimate : undefined;
  const caption = comparisonCaption(series, comparison);
  if (series.rows.length === 0) {
    return (
      <div className="state state-empty">
        <p>{caption}</p>
      </div>
    );
  }
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <div className="chart-head">
        <figcaption id={captionId} className="chart-caption">
          {caption}
        </figcaption>
        <ExportMenu
          chartRef={chartRef}
          legendRef={legendRef}
          label="comparison chart"
          fileName={(ext) => exportFileName(comparison.metric.name, 'comparison', comparison.asOf, ext)}
          csv={() => plottedClaimsCsv(series.rows, unit, comparison.findings, { estimate: drawn })}
          provenance={() =>
            plottedClaimsProvenance(
              series.rows,
              {
                title: `${comparison.metric.name}: latest figure per source`,
                subtitle: `${unit} · as of ${comparison.asOf} · ${scale} scale · ${improbableNote(includeImprobable)}${
                  includeUndated ? ' · undated claims drawn apart, not compared' : ''
                }`,
              },
              comparison.findings,
              { estimate: drawn },
            )
          }
        />
      </div>
      <div className="legends" ref={legendRef}>
        <GroupLegend groups={series.rows.map((r) => r.source.group)} />
        <MarkLegend drawn={series.rows.map((r) => r.claim)} />
        {best && (
          <p className="estimate-key">
            <span className="estimate-swatch" aria-hidden="true" /> The estimate, about {roundedBest(best).median}: its
            best figure dashed, its middle half and nine-tenths shaded
          </p>
        )}
      </div>
      <div ref={chartRef}>
        <ComparisonChart
          series={series}
          unit={unit}
          title={`Latest ${unit} figure per source, ${scale} scale; the table below lists the same figures`}
          estimate={best}
        />
      </div>
      <details className="chart-data">
        <summary>
          Show data as a table<span className="visually-hidden"> (latest figures)</span>
        </summary>
        <ComparisonDataTable rows={series.rows} headings={series.headings} unit={unit} />
      </details>
    </figure>
  );
}
