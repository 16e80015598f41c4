import { estimateBandCaption } from '../../shared/charts/estimateBand.js';
import {
  leftOutReasons,
  type EstimateAnswer,
  type EstimateHistory,
  type EstimateQuery,
  type Finding,
} from '../../shared/schemas/index.js';
import { countOf, listInWords } from '../../shared/wording.js';
import { findingKindLabels } from '../ui/findingLabels';

/** What an exported chart carries with it, so that a screenshot in a briefing still names its sources. */
export interface ChartProvenance {
  title: string;
  subtitle: string;
  /** Sentences printed under the chart: what must be known before comparing its figures. */
  findings: string[];
  /** Then how the estimate drawn was made, when one is: its rules, and the claims it left out and why. */
  method: string[];
  /** One line per plotted series: source, its reliability grade, the claims' dates, citations and the start of their notes. */
  sources: string[];
  url: string;
}

/**
 * Part of every exported comparison's subtitle: the server leaves claims graded 5 (improbable) out
 * of comparisons unless asked, and an image must not pass a partial comparison off as a full one.
 */
export const improbableNote = (included: boolean): string =>
  included ? 'claims graded improbable included' : 'claims graded improbable left out';

/**
 * The findings an exported chart carries under it: every warning in its own sentence, since an
 * image passed around without them would invite the comparison they warn against, and the notes
 * counted by kind, which the metric page gives in full. Undefined findings are ones the page could
 * not read, which an image must not pass off as none.
 */
export function findingsProvenance(findings: readonly Finding[] | undefined): string[] {
  if (findings === undefined)
    return ['Findings could not be read: see the metric page before comparing these figures.'];
  const warnings = findings.filter((f) => f.severity === 'warning');
  const notes = findings.filter((f) => f.severity === 'note');
  const kinds = [...new Set(notes.map((f) => findingKindLabels[f.kind].one))];
  return [
    ...warnings.map((f) => `Warning: ${f.message}`),
    ...(notes.length > 0
      ? [`${countOf(notes.length, 'note', 'notes')} (${listInWords(kinds)}), on the metric page.`]
      : []),
    ...(findings.length === 0 ? ['Findings: nothing found that stops these figures being compared.'] : []),
  ];
}

const citationHead = 12;
const citationTail = 15;

/**
 * "themoscowtimes.com/2025/12/13/…ed-mines-for-russia-a91432": enough of a citation to find it
 * again, short enough for a footer. A long address loses its middle, not its end, where articles
 * keep their ids: two stories of one site (`news_view.htm?Seq_Code=…`) must not read alike.
 */
export function shortCitation(url: string | null): string {
  if (!url) return 'no link';
  try {
    const { hostname, pathname, search } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    const rest = pathname === '/' ? search : pathname + search;
    if (rest.length <= citationHead + citationTail + 1) return host + rest;
    return `${host}${rest.slice(0, citationHead)}…${rest.slice(-citationTail)}`;
  } catch {
    return url;
  }
}

/** File names say what they are: `north-korean-soldiers-killed-comparison-2026-01-01.png`. */
export function exportFileName(metricName: string, view: string, asOf: string, extension: string): string {
  const slug = metricName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}-${view}-${asOf}.${extension}`;
}

/**
 * The method card an exported chart with the estimate drawn carries: the rule behind each figure of
 * it, and what it left out, so that the band cannot be read without what it rests on.
 */
export function estimateProvenance(estimate: EstimateAnswer | undefined): string[] {
  if (!estimate?.best) return [];
  const nameOf = new Map(estimate.claims.map((c) => [c.id, c.sourceName]));
  const leftOut = estimate.leftOut.map(
    (l) => `${nameOf.get(l.claimId) ?? `claim ${l.claimId}`} (${leftOutReasons[l.reason]})`,
  );
  return [
    `The band is the estimate. ${estimate.rules.join(' ')}`,
    ...(leftOut.length > 0 ? [`Left out of the estimate: ${leftOut.join('; ')}.`] : []),
  ];
}

/**
 * The method card of an exported timeline: what its band is, or that none is drawn and why, and what
 * the estimate was asked to leave out, since a band drawn without a source must say so.
 */
export function estimateHistoryProvenance(
  history: EstimateHistory | undefined,
  settings: string | undefined,
): string[] {
  if (!history) return [];
  return [estimateBandCaption(history), ...(settings ? [settings] : [])];
}

/** What the estimate's settings leave out or take in, in a sentence; undefined for the settings as they are by default. */
export function estimateSettingsInWords(
  settings: Omit<EstimateQuery, 'asOf'>,
  sourceName: (id: number) => string | undefined,
): string | undefined {
  const names = (settings.excludeSourceIds ?? []).map((id) => sourceName(id) ?? `source ${id}`);
  const parts = [
    ...(names.length ? [`left out: ${listInWords(names)}`] : []),
    ...(settings.excludeParties ? ['parties to the conflict left out'] : []),
    ...(settings.minReliability ? [`sources graded below ${settings.minReliability} left out`] : []),
    ...(settings.includePartial ? ['figures for part of the scope counted'] : []),
  ];
  return parts.length ? `The estimate was asked: ${parts.join('; ')}.` : undefined;
}
