import type { ChartProvenance } from './provenance';

const svgNs = 'http://www.w3.org/2000/svg';
/** Declared in the file itself: a vector editor has no page stylesheet to fall back on. */
const fontFamily = "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
const styledProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Copies the computed look of every element into its own style, since the page's CSS stays behind. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = styledProperties
    .map((p) => `${p}:${computed.getPropertyValue(p)}`)
    .filter((d) => !d.endsWith(':'))
    .join(';');
  target.setAttribute('style', `${style};font-family:${fontFamily}`);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, targetChildren[i]!);
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Breaks a footer line at spaces so that no source is cut off the exported image. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = `   ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * The chart as a standalone SVG file: the drawn chart with its styles inlined, under a title and
 * legend and above a footer that lists every plotted source with its grade, dates and citations.
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  provenance: ChartProvenance,
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const width = Math.max(chartWidth + 32, 640);
  const maxChars = Math.floor((width - 32) / 6.2);
  const legendRows: { label: string; colour: string }[][] = [[]];
  let rowWidth = 0;
  for (const item of provenance.legend) {
    const itemWidth = 28 + item.label.length * 7;
    if (rowWidth + itemWidth > width - 32 && rowWidth > 0) {
      legendRows.push([]);
      rowWidth = 0;
    }
    legendRows.at(-1)!.push(item);
    rowWidth += itemWidth;
  }
  const headerHeight = 58;
  const legendHeight = legendRows.length * 20 + 6;
  const chartTop = headerHeight + legendHeight;
  const footerTop = chartTop + chartHeight + 16;
  const footerLines = [
    ...provenance.sources.flatMap((s) => wrap(s, maxChars)),
    clip(`Triangulate · ${provenance.url}`, maxChars),
  ];
  const height = footerTop + footerLines.length * 15 + 12;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  clone.setAttribute('x', '16');
  clone.setAttribute('y', String(chartTop));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.removeAttribute('class');

  const legend = legendRows
    .map((row, r) => {
      let x = 16;
      return row
        .map((item) => {
          const y = headerHeight + r * 20 + 10;
          const part = `<circle cx="${x + 6}" cy="${y}" r="5" fill="${item.colour}"/><text x="${x + 16}" y="${y + 4}" font-size="12">${escapeXml(item.label)}</text>`;
          x += 28 + item.label.length * 7;
          return part;
        })
        .join('');
    })
    .join('');

  const footer = footerLines
    .map(
      (line, i) =>
        `<text x="16" y="${footerTop + i * 15}" font-size="${i === footerLines.length - 1 ? 11 : 10.5}" fill="${i === footerLines.length - 1 ? '#222' : '#444'}">${escapeXml(line)}</text>`,
    )
    .join('');

  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${svgNs}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">
<style>text { font-family: ${escapeXml(fontFamily)}; }</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="16" y="26" font-size="18" font-weight="700" fill="#111">${escapeXml(clip(provenance.title, maxChars / 1.6))}</text>
<text x="16" y="46" font-size="12.5" fill="#444">${escapeXml(clip(provenance.subtitle, maxChars))}</text>
${legend}
${new XMLSerializer().serializeToString(clone)}
<line x1="16" x2="${width - 16}" y1="${footerTop - 13}" y2="${footerTop - 13}" stroke="#ccc"/>
${footer}
</svg>`;
  return { svg, width, height };
}
