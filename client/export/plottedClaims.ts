import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import { csvDocument } from '../../shared/csv.js';
import { claimFigureColumns, figureCells, figureToCells } from '../../shared/fields/index.js';
import type { Claim } from '../../shared/schemas/index.js';
import { shortCitation, type ChartProvenance } from './provenance';

export interface PlottedItem {
  claim: Claim;
  source: SourceRef;
}

/** The claim's fields a row gives after its figure and unit, each under its own name, as in the claims CSV. */
const plottedFields = ['statedOn', 'scope', 'via', 'reportedBy', 'credibility', 'quote', 'citationUrl'] as const;

export const plottedClaimsHeader = [
  'source',
  'group',
  'reliability',
  claimFigureColumns.kind,
  ...figureCells.map((cell) => claimFigureColumns[cell]),
  'unit',
  ...plottedFields,
];

/** What a CSV row needs of a claim: its figure as worded, range bounds included, and all to check it by. */
export type ExportedClaim = Pick<Claim, 'value' | (typeof plottedFields)[number]>;

/** One claim's cells under `plottedClaimsHeader`, for every export that lists plotted claims. */
export function plottedClaimCells(
  claim: ExportedClaim,
  source: Pick<SourceRef, 'name' | 'group' | 'reliability'>,
  unit: string,
): (string | number | null)[] {
  const figure = figureToCells(claim.value, (n) => n, null);
  return [
    source.name,
    source.group,
    source.reliability,
    figure.kind,
    ...figureCells.map((cell) => figure[cell]),
    unit,
    ...plottedFields.map((field) => claim[field]),
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
