import { useRef, type RefObject } from 'react';
import type { DivergenceRow } from '../../shared/schemas/index.js';
import { ExportMenu } from '../export/ExportMenu';
import { exportFileName, improbableNote } from '../export/provenance';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { overviewSeries } from '../../shared/charts/overviewSeries.js';
import { ValueMark } from '../ui/ValueMark';
import { overviewCsv } from './overviewCsv';
import { overviewRowLabel } from './overviewRowLabel';
import { overviewSources } from './overviewSources';
import { ScrollRegion } from '../ui/ScrollRegion';
import { findingCountText } from '../ui/findingLabels';

const labelWidth = 300;
const plotWidth = 620;
/** Room right of the plot for a row's findings, which an exported image carries with its marks. */
const findingsWidth = 250;
const rowHeight = 30;
const axisHeight = 34;

/**
 * Every metric's latest figures on one log axis: the overview at a glance, and the chart an analyst
 * exports for a briefing.
 */
export function OverviewChart({
  rows,
  asOf,
  includeImprobable,
  legendRef,
  shownOfTotal,
}: {
  rows: DivergenceRow[];
  asOf: string;
  includeImprobable: boolean;
  /** Which of the metrics these rows are, when they are one page of more: an export must not pass for all. */
  shownOfTotal: string | null;
  /** The page's key, shared with the table above, which the exported image carries too. */
  legendRef: RefObject<HTMLElement | null>;
}) {
  const groupColour = useGroupColour();
  const ink = useChartInk();
  const ref = useRef<HTMLDivElement>(null);
  const series = overviewSeries(rows, plotWidth - 20);
  const x = (along: number) => labelWidth + 10 + along * (plotWidth - 20);
  const height = rows.length * rowHeight + axisHeight;

  return (
    <figure className="chart-figure">
      <div className="chart-head">
        <figcaption>
          <strong>Latest figures by metric</strong>, as of {asOf}, on a log scale. Each mark is one source's latest
          claim; its shape keeps the wording (see the legend). Right of each row, the metric's findings, warnings in
          bold.
        </figcaption>
        <ExportMenu
          chartRef={ref}
          legendRef={legendRef}
          label="overview chart"
          fileName={(ext) => exportFileName('all-metrics', 'overview', asOf, ext)}
          csv={() => overviewCsv(rows)}
          provenance={() => ({
            title: 'Latest figures by metric',
            subtitle: [
              `Each source's latest claim as of ${asOf}`,
              shownOfTotal,
              'log scale',
              improbableNote(includeImprobable),
            ]
              .filter(Boolean)
              .join(' · '),
            // Each row carries its metric's findings in the chart itself.
            findings: [],
            method: [],
            sources: overviewSources(rows),
            url: window.location.href,
          })}
        />
      </div>
      <ScrollRegion label="Latest figures by metric, chart">
        <div ref={ref}>
          <svg
            width={labelWidth + plotWidth + findingsWidth}
            height={height}
            role="img"
            aria-label="Latest figures by metric on a log scale; the table below lists them"
          >
            {series.ticks.map((tick) => (
              <g key={tick.value}>
                <line x1={x(tick.along)} x2={x(tick.along)} y1={0} y2={height - axisHeight + 4} stroke={ink('grid')} />
                <text
                  x={x(tick.along)}
                  y={height - axisHeight + 18}
                  fontSize={12}
                  textAnchor="middle"
                  fill={ink('tick')}
                >
                  {tick.label}
                </text>
              </g>
            ))}
            {series.rows.map(({ row, marks }, i) => {
              const y = i * rowHeight + rowHeight / 2;
              const label = overviewRowLabel(row.metric.name, row.metric.unit);
              return (
                <g key={row.metric.id}>
                  <text x={labelWidth} y={y + 4} fontSize={12.5} textAnchor="end" fill={ink('text')}>
                    {label.name}
                    <tspan fill={ink('muted')}>{label.unit}</tspan>
                  </text>
                  <line x1={labelWidth + 10} x2={labelWidth + plotWidth - 10} y1={y} y2={y} stroke={ink('track')} />
                  <text x={labelWidth + plotWidth + 6} y={y + 4} fontSize={11}>
                    {row.findings.map((f, k) => (
                      <tspan
                        key={`${f.severity}-${f.kind}`}
                        fill={ink(f.severity === 'warning' ? 'text' : 'muted')}
                        fontWeight={f.severity === 'warning' ? 700 : 400}
                      >
                        {k > 0 && ' · '}
                        {findingCountText(f)}
                      </tspan>
                    ))}
                  </text>
                  {marks.map((mark) => (
                    <ValueMark
                      key={mark.claimId}
                      kind={mark.value.kind}
                      x={x(mark.along)}
                      y={y}
                      colour={groupColour(mark.group)}
                      arrowLength={12}
                      rangeHalfWidth={5}
                    />
                  ))}
                </g>
              );
            })}
            <text x={labelWidth + plotWidth / 2} y={height - 2} fontSize={11} textAnchor="middle" fill={ink('muted')}>
              figure in each row's unit (log scale)
            </text>
          </svg>
        </div>
      </ScrollRegion>
    </figure>
  );
}
