import { useState, type RefObject } from 'react';
import { downloadBlob, svgToPng } from './download';
import type { ChartProvenance } from './provenance';
import { standaloneSvg } from './standaloneSvg';

/**
 * PNG, SVG and CSV of one chart, each carrying its provenance. The chart is found as the first
 * <svg> inside `chartRef`, so any chart (Recharts or hand-drawn) can be exported the same way; the
 * key drawn in the image is the one the page shows in `legendRef`, so the two cannot disagree.
 */
export function ExportMenu({
  chartRef,
  legendRef,
  label,
  provenance,
  csv,
  fileName,
}: {
  chartRef: RefObject<HTMLElement | null>;
  legendRef: RefObject<HTMLElement | null>;
  label: string;
  provenance: () => ChartProvenance;
  csv: () => string;
  fileName: (extension: 'png' | 'svg' | 'csv') => string;
}) {
  const [error, setError] = useState<string | null>(null);
  async function exportAs(format: 'png' | 'svg' | 'csv') {
    setError(null);
    try {
      if (format === 'csv') {
        // A byte-order mark lets Excel read the UTF-8 names and quotes correctly.
        downloadBlob(new Blob(['\ufeff', csv()], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
        return;
      }
      const chart = chartRef.current?.querySelector('svg');
      if (!chart) throw new Error('The chart has not been drawn yet');
      const { svg, width, height } = standaloneSvg(chart, legendRef.current, provenance());
      downloadBlob(
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, width, height, 2),
        fileName(format),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Export failed');
    }
  }

  return (
    <div className="export-menu" role="group" aria-label={`Export ${label}`}>
      <span className="export-label" aria-hidden="true">
        Export
      </span>
      <button type="button" onClick={() => void exportAs('png')} aria-label={`Export ${label} as PNG`}>
        PNG
      </button>
      <button type="button" onClick={() => void exportAs('svg')} aria-label={`Export ${label} as SVG`}>
        SVG
      </button>
      <button type="button" onClick={() => void exportAs('csv')} aria-label={`Export ${label} data as CSV`}>
        CSV
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
