import type { SourceRef } from '../../shared/charts/plottedClaim.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import { csvDocument } from '../../shared/csv.js';
import { claimFigureColumns, figureCells, figureToCells } from '../../shared/fields/index.js';
import { stepInWords, stepOn } from '../../shared/charts/estimateBand.js';
import {
  leftOutReasons,
  type Claim,
  type EstimateAnswer,
  type EstimateHistory,
  type Finding,
} from '../../shared/schemas/index.js';
import { shortened } from '../../shared/wording.js';
import { findingKindLabels, severityLabels } from '../ui/findingLabels';
import {
  estimateHistoryProvenance,
  estimateProvenance,
  findingsProvenance,
  shortCitation,
  type ChartProvenance,
} from './provenance';

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

/** Each finding that names the claim, by severity and kind: "warning: superseded; note: repeat". */
const findingsNaming = (claimId: number, findings: readonly Finding[] | undefined) =>
  (findings ?? [])
    .filter((f) => f.claimIds.includes(claimId))
    .map((f) => `${severityLabels[f.severity].toLowerCase()}: ${findingKindLabels[f.kind].one}`)
    .join('; ');

/** Whether the estimate counted the claim, with its weight, or left it out, and why; blank for a claim it did not weigh. */
function inEstimate(claimId: number, estimate: EstimateAnswer): string {
  const used = estimate.used.find((u) => u.claimId === claimId);
  if (used) return `counted, weight ${Math.round(used.weight * 100) / 100}`;
  const left = estimate.leftOut.find((l) => l.claimId === claimId);
  return left ? `left out: ${leftOutReasons[left.reason]}` : '';
}

/** The estimate a chart draws, which its exports carry: as of its date, or as it stood over time. */
export interface DrawnEstimate {
  estimate?: EstimateAnswer | undefined;
  history?: EstimateHistory | undefined;
  /** What the estimate was asked to leave out or take in, in words. */
  settings?: string | undefined;
}

const historyHeader = [
  'estimateThen',
  'estimateThenMedian',
  'estimateThen50Low',
  'estimateThen50High',
  'estimateThen90Low',
  'estimateThen90High',
];

/** The estimate as it stood on the claim's date, in words and figures; blank before the first step and past the as-of date. */
function estimateThen(claim: Claim, history: EstimateHistory, unit: string): (string | number | null)[] {
  const step = stepOn(history, claim.statedOn);
  if (!step) return historyHeader.map(() => null);
  const best = step.best;
  return [
    stepInWords(step, unit).best,
    best?.median ?? null,
    best?.interval50.low ?? null,
    best?.interval50.high ?? null,
    best?.interval90.low ?? null,
    best?.interval90.high ?? null,
  ];
}

/**
 * Exactly the claims a chart plots, one row each, with everything needed to check them, the
 * analysts' notes on each and the findings that name each, in a column a spreadsheet can filter on;
 * with the estimate drawn, last columns say what the estimate made of each, or what it was on each
 * claim's date.
 */
export function plottedClaimsCsv(
  items: readonly PlottedItem[],
  unit: string,
  findings: readonly Finding[] | undefined,
  { estimate, history }: DrawnEstimate = {},
): string {
  return csvDocument(
    [...plottedClaimsHeader, 'notes', 'findings', ...(estimate ? ['estimate'] : []), ...(history ? historyHeader : [])],
    items.map(({ claim, source }) => [
      ...plottedClaimCells(claim, source, unit),
      claim.notes,
      findingsNaming(claim.id, findings),
      ...(estimate ? [inEstimate(claim.id, estimate)] : []),
      ...(history ? estimateThen(claim, history, unit) : []),
    ]),
  );
}

/** A footer gives a note's start only: a long one would swamp the figure, and the CSV has it whole. */
export const FOOTER_NOTE_CHARS = 60;

/** "2025-09-02 yna.co.kr/view/AEN2025… (notes: stale)": a claim as a footer cites it. */
function footerCitation({ statedOn, citationUrl, notes }: Claim): string {
  const cited = `${statedOn ?? 'undated'} ${shortCitation(citationUrl)}`;
  // One line of the footer: a note's line breaks become spaces.
  return notes ? `${cited} (notes: ${shortened(notes.replace(/\s+/g, ' '), FOOTER_NOTE_CHARS)})` : cited;
}

/**
 * The findings under the chart, then one footer line per source: its grade, and each claim's date,
 * citation and the start of its notes.
 */
export function plottedClaimsProvenance(
  items: readonly PlottedItem[],
  text: { title: string; subtitle: string },
  findings: readonly Finding[] | undefined,
  { estimate, history, settings }: DrawnEstimate = {},
): ChartProvenance {
  const bySource = new Map<number, PlottedItem[]>();
  for (const item of items) bySource.set(item.source.id, [...(bySource.get(item.source.id) ?? []), item]);
  return {
    ...text,
    findings: findingsProvenance(findings),
    method: [...estimateProvenance(estimate), ...estimateHistoryProvenance(history, settings)],
    sources: [...bySource.values()].map((claims) => {
      const source = claims[0]!.source;
      return `${sourceLabel(source)} (reliability ${source.reliability}): ${claims.map((c) => footerCitation(c.claim)).join('; ')}`;
    }),
    url: window.location.href,
  };
}
