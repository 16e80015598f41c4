import { inks } from '../../shared/colours.js';
import { currentColourScheme, exportedColour } from '../ui/colours';
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
  'stroke-linejoin',
  // Labels carry a white halo drawn under the text; without this the halo paints over the letters.
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const colouredProperties: ReadonlySet<string> = new Set(['fill', 'stroke']);

/**
 * Copies the computed look of every element into its own style, since the page's CSS stays behind;
 * a chart drawn in the dark scheme is copied in the light one.
 */
function inlineStyles(source: Element, target: Element, scheme = currentColourScheme()): void {
  const computed = getComputedStyle(source);
  const valueOf = (p: string) => {
    const value = computed.getPropertyValue(p);
    return colouredProperties.has(p) ? exportedColour(value, scheme) : value;
  };
  const style = styledProperties
    .map((p) => `${p}:${valueOf(p)}`)
    .filter((d) => !d.endsWith(':'))
    .join(';');
  target.setAttribute('style', `${style};font-family:${fontFamily}`);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, targetChildren[i]!, scheme);
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

interface KeyItem {
  swatch: SVGSVGElement;
  swatchWidth: number;
  swatchHeight: number;
  label: string;
}

/** Every `ul.legend` the page shows beside the chart, titled by its accessible name, swatches styled as drawn. */
function pageKey(legend: Element | null): { title: string; items: KeyItem[] }[] {
  if (!legend) return [];
  return [...legend.querySelectorAll('ul.legend')].map((list) => ({
    title: list.getAttribute('aria-label') ?? '',
    items: [...list.querySelectorAll(':scope > li')].flatMap((item) => {
      const drawn = item.querySelector('svg');
      if (!drawn) return [];
      const swatch = drawn.cloneNode(true) as SVGSVGElement;
      inlineStyles(drawn, swatch);
      return [
        {
          swatch,
          swatchWidth: Number(drawn.getAttribute('width')),
          swatchHeight: Number(drawn.getAttribute('height')),
          label: item.textContent?.trim() ?? '',
        },
      ];
    }),
  }));
}

const keyTextWidth = (text: string) => text.length * 7;
const keyItemWidth = (item: KeyItem) => item.swatchWidth + 6 + keyTextWidth(item.label) + 16;

/** The key laid out in rows that fit `width`, each list starting a row of its own under its title. */
function layOutKey(sections: { title: string; items: KeyItem[] }[], top: number, width: number) {
  const parts: string[] = [];
  let y = top;
  for (const { title, items } of sections) {
    if (items.length === 0) continue;
    const titleText = `${title}:`;
    let x = 16;
    let rowHeight = 0;
    const place = (itemWidth: number, itemHeight: number) => {
      if (x + itemWidth > width - 16 && x > 16) {
        y += rowHeight + 4;
        x = 16;
        rowHeight = 0;
      }
      const at = { x, y };
      x += itemWidth;
      rowHeight = Math.max(rowHeight, itemHeight);
      return at;
    };
    const titleAt = place(keyTextWidth(titleText) + 10, 16);
    parts.push(
      `<text x="${titleAt.x}" y="${titleAt.y + 12}" font-size="12" font-weight="700" fill="${inks.tick.light}">${escapeXml(titleText)}</text>`,
    );
    for (const item of items) {
      const height = Math.max(item.swatchHeight, 16);
      const at = place(keyItemWidth(item), height);
      item.swatch.setAttribute('x', String(at.x));
      item.swatch.setAttribute('y', String(at.y + (16 - item.swatchHeight) / 2));
      parts.push(new XMLSerializer().serializeToString(item.swatch));
      parts.push(
        `<text x="${at.x + item.swatchWidth + 6}" y="${at.y + 12}" font-size="12" fill="${inks.text.light}">${escapeXml(item.label)}</text>`,
      );
    }
    y += rowHeight + 8;
  }
  return { markup: parts.join(''), bottom: y };
}

/**
 * The chart as a standalone SVG file: the drawn chart with its styles inlined, under a title and
 * the same key the page shows beside it (`legend`: colours, line styles, mark shapes), and above
 * the findings in sentences and a footer that lists every plotted source with its grade, dates and
 * citations.
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  legend: Element | null,
  provenance: ChartProvenance,
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const width = Math.max(chartWidth + 32, 640);
  const maxChars = Math.floor((width - 32) / 6.2);
  const headerHeight = 58;
  const key = layOutKey(pageKey(legend), headerHeight, width);
  const chartTop = key.bottom + 6;
  const findingsTop = chartTop + chartHeight + 20;
  // Findings are set larger than the footer, so fewer of their letters fit a line.
  const findingLines = [...provenance.findings, ...provenance.method].flatMap((f) =>
    wrap(f, Math.floor((width - 32) / 6.9)),
  );
  const footerTop = findingsTop + findingLines.length * 16 + (findingLines.length > 0 ? 14 : 0);
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

  const findingsText = findingLines
    .map(
      (line, i) =>
        `<text x="16" y="${findingsTop + i * 16}" font-size="11.5" fill="${inks.text.light}">${escapeXml(line)}</text>`,
    )
    .join('');
  const footer = footerLines
    .map(
      (line, i) =>
        `<text x="16" y="${footerTop + i * 15}" font-size="${i === footerLines.length - 1 ? 11 : 10.5}" fill="${i === footerLines.length - 1 ? inks.text.light : inks.tick.light}">${escapeXml(line)}</text>`,
    )
    .join('');

  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${svgNs}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">
<style>text { font-family: ${escapeXml(fontFamily)}; }</style>
<rect width="100%" height="100%" fill="${inks.background.light}"/>
<text x="16" y="26" font-size="18" font-weight="700" fill="${inks.text.light}">${escapeXml(clip(provenance.title, maxChars / 1.6))}</text>
<text x="16" y="46" font-size="12.5" fill="${inks.tick.light}">${escapeXml(clip(provenance.subtitle, maxChars))}</text>
${key.markup}
${new XMLSerializer().serializeToString(clone)}
${findingsText}
<line x1="16" x2="${width - 16}" y1="${footerTop - 13}" y2="${footerTop - 13}" stroke="${inks.track.light}"/>
${footer}
</svg>`;
  return { svg, width, height };
}
