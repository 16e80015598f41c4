import { cellsToFigure, figureToCells } from '../../shared/fields/index.js';
import { figureText, parseFigure } from '../../shared/figures.js';
import { ClaimBatchItem, type ClaimBatch, type ExtractCandidate, type ValueKind } from '../../shared/schemas/index.js';

/** A candidate as the analyst reviews it: text inputs, so "6,000" can be typed and checked. */
export interface Draft {
  keep: boolean;
  figure: string;
  kind: ValueKind;
  value: string;
  low: string;
  high: string;
  metricId: string;
  /** A source's id, or "new" for the name in `newSourceName`. */
  sourceId: string;
  newSourceName: string;
  statedOn: string;
  scope: string;
  quote: string;
  reportedBy: string;
  citationUrl: string;
}

export function draftFrom(c: ExtractCandidate): Draft {
  return {
    keep: true,
    figure: c.figure.text,
    ...figureToCells(c.value, figureText, ''),
    metricId: c.suggestedMetricId ? String(c.suggestedMetricId) : '',
    sourceId: c.source?.id ? String(c.source.id) : c.source ? 'new' : '',
    newSourceName: c.source && !c.source.id ? c.source.name : '',
    statedOn: c.statedOn ?? '',
    scope: c.counted ?? '',
    quote: c.quote.text,
    reportedBy: c.reportedBy ?? '',
    citationUrl: c.citationUrl ?? '',
  };
}

type Item = ClaimBatch['items'][number];

/** The kept drafts as a batch for the API, or each draft's first problem, by its place in the list. */
export function toBatch(
  drafts: readonly Draft[],
): { ok: true; items: Item[] } | { ok: false; errors: Map<number, string> } {
  const errors = new Map<number, string>();
  const items: Item[] = [];
  drafts.forEach((d, index) => {
    if (!d.keep) return;
    const figure = (text: string) => {
      const parsed = parseFigure(text);
      if (!parsed.ok) errors.set(index, parsed.message);
      return parsed.ok ? parsed.value : 0;
    };
    const value = cellsToFigure(d.kind, (cell) => figure(d[cell]));
    if (d.metricId === '') errors.set(index, 'Choose the metric this figure counts');
    if (d.sourceId === '' || (d.sourceId === 'new' && d.newSourceName.trim() === '')) {
      errors.set(index, 'Choose who said it, or name a new source');
    }
    const claim = {
      metricId: Number(d.metricId),
      ...(d.sourceId !== 'new' && d.sourceId !== '' ? { sourceId: Number(d.sourceId) } : {}),
      value,
      statedOn: d.statedOn || null,
      scope: d.scope,
      quote: d.quote,
      reportedBy: d.reportedBy,
      citationUrl: d.citationUrl,
    };
    const item = { claim, ...(d.sourceId === 'new' ? { newSourceName: d.newSourceName.trim() } : {}) };
    const checked = ClaimBatchItem.safeParse(item);
    if (!checked.success && !errors.has(index)) {
      const issue = checked.error.issues[0]!;
      errors.set(index, `${String(issue.path.at(-1) ?? 'claim')}: ${issue.message}`);
    }
    items.push(item);
  });
  return errors.size > 0 ? { ok: false, errors } : { ok: true, items };
}
