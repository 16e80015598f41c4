import type { Finding } from '../schemas/finding.js';
import { listInWords } from '../wording.js';
import { formatStatedOn } from '../charts/datePeriod.js';
import { figurePhrase, possessive, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import type { TimeIndex } from './timeIndex.js';
import { sameFigure } from './tolerance.js';

/**
 * Claims of one source this many days apart or closer, with one figure, are taken for one statement
 * relayed by several outlets: reports of a briefing trail it by a day or two, and a week leaves
 * room for weekly round-ups, while a source repeating its figure a month on is a new statement.
 */
export const relayWindowDays = 7;

/**
 * One statement relayed with different qualifiers: the same source, the same figure, within days,
 * once "at least" and once "about". Which wording is the source's own decides how the figure
 * compares, so each relay is named. Only groups that hold one of `compared` are reported.
 */
export function relayedQualifierFindings<C extends AnalysedClaim>(
  history: TimeIndex<C>,
  compared: readonly Dated<C>[],
  names: Namer,
): Finding[] {
  const findings: Finding[] = [];
  for (const claim of compared) {
    const relays = history
      .ofSourceNear(claim.sourceId, claim.statedOn, relayWindowDays)
      .filter((c) => sameFigure(c.value, claim.value, 0));
    if (new Set(relays.map((c) => c.value.kind)).size < 2) continue;
    const wordings = relays.map((c) => {
      const by = [c.via, c.reportedBy].filter(Boolean).join(', reported by ');
      return `${figurePhrase(c, names)} (${by ? `${by}, ` : ''}${formatStatedOn(c.statedOn)})`;
    });
    findings.push({
      kind: 'relayed_qualifiers',
      severity: 'warning',
      claimIds: relays.map((c) => c.id),
      sourceIds: [claim.sourceId],
      message: `${possessive(names.source(claim.sourceId))} one figure is relayed with different qualifiers: ${listInWords(wordings)}; check which the source said before comparing it.`,
    });
  }
  return findings;
}
