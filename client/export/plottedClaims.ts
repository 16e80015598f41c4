import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import { csvDocument } from '../../shared/csv.js';
import type { Claim } from '../../shared/schemas/index.js';
import { shortCitation, type ChartProvenance } from './provenance';

export interface PlottedItem {
  claim: Claim;
  source: SourceRef;
}

export const plottedClaimsHeader = [
  'source',
  'group',
  'reliability',
  'valueKind',
  'value',
  'low',
  'high',
  'unit',
  'statedOn',
  'scope',
  'via',
  'reportedBy',
  'credibility',
  'quote',
  'citationUrl',
] as const;

/** What a CSV row needs of a claim: its figure as worded, range bounds included, and all to check it by. */
export type ExportedClaim = Pick<
  Claim,
  'value' | 'scope' | 'statedOn' | 'via' | 'reportedBy' | 'credibility' | 'quote' | 'citationUrl'
>;

/** One claim's cells under `plottedClaimsHeader`, for every export that lists plotted claims. */
export function plottedClaimCells(
  claim: ExportedClaim,
  source: Pick<SourceRef, 'name' | 'group' | 'reliability'>,
  unit: string,
): (string | number | null)[] {
  const v = claim.value;
  return [
    source.name,
    source.group,
    source.reliability,
    v.kind,
    'value' in v ? v.value : null,
    v.kind === 'range' ? v.low : null,
    v.kind === 'range' ? v.high : null,
    unit,
    claim.statedOn,
    claim.scope,
    claim.via,
    claim.reportedBy,
    claim.credibility,
    claim.quote,
    claim.citationUrl,
  ];
}

/** Exactly the claims a chart plots, one row each, with everything needed to check them. */
export function plottedClaimsCsv(items: readonly PlottedItem[], unit: string): string {
  return csvDocument(
    plottedClaimsHeader,
    items.map(({ claim, source }) => plottedClaimCells(claim, source, unit)),
  );
}

/** One footer line per source: its grade, and each claim's date and citation. */
export function plottedClaimsProvenance(
  items: readonly PlottedItem[],
  text: { title: string; subtitle: string },
): ChartProvenance {
  const bySource = new Map<number, PlottedItem[]>();
  for (const item of items) bySource.set(item.source.id, [...(bySource.get(item.source.id) ?? []), item]);
  return {
    ...text,
    sources: [...bySource.values()].map((claims) => {
      const source = claims[0]!.source;
      const cited = claims.map((c) => `${c.claim.statedOn ?? 'undated'} ${shortCitation(c.claim.citationUrl)}`);
      return `${sourceLabel(source)} (reliability ${source.reliability}): ${cited.join('; ')}`;
    }),
    url: window.location.href,
  };
}
