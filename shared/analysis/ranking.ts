import type { DivergenceStats, FindingCount, LeftOut, RankedSpread } from '../schemas/comparison.js';
import type { Finding, FindingKind } from '../schemas/finding.js';
import type { AnalysedClaim } from './claims.js';
import { headlineStats, isCompared } from './compared.js';

/**
 * The warnings that explain a figure's distance from the others away: a superseded figure is one
 * its own source had revised, an outlier one likely wrong or of something else. Either makes a
 * spread that measures no disagreement between sources' current estimates. Other findings either
 * concern figures the spread already leaves out (parts of the scope, repeats) or say nothing of
 * which figure is at fault (one statement relayed with different qualifiers).
 */
export const explainingKinds = ['superseded', 'outlier'] as const satisfies readonly FindingKind[];

const explains = (finding: Finding) =>
  finding.severity === 'warning' && (explainingKinds as readonly FindingKind[]).includes(finding.kind);

/**
 * What the overview ranks a metric by: the spread and disjointness of the compared latest figures,
 * as the comparison measures them, once every figure that a superseded or outlier warning is about
 * (the claim a finding names first) is left out. A metric whose spread those figures make is then
 * ranked by the agreement of the rest, and says which it left out. `headline` is what the
 * comparison measures on all of `latest`, and stands when nothing is left out.
 */
export function rankedSpread(
  latest: readonly AnalysedClaim[],
  findings: readonly Finding[],
  headline: DivergenceStats,
  tolerance: number,
): RankedSpread {
  const kindOf = new Map<number, FindingKind>();
  for (const finding of findings.filter(explains)) {
    const [claimId] = finding.claimIds;
    if (claimId !== undefined && !kindOf.has(claimId)) kindOf.set(claimId, finding.kind);
  }
  // Only a figure the spread measures can be left out of it: a superseded part of the scope never was in.
  const leftOut = latest.filter(isCompared).flatMap((c): LeftOut[] => {
    const kind = kindOf.get(c.id);
    return kind ? [{ claimId: c.id, kind }] : [];
  });
  if (leftOut.length === 0) return { ...headline, leftOut };
  return {
    ...headlineStats(
      latest.filter((c) => !kindOf.has(c.id)),
      tolerance,
    ),
    leftOut,
  };
}

/** How many findings of each kind and severity there are, in the order the findings come: warnings first. */
export function findingCounts(findings: readonly Finding[]): FindingCount[] {
  const counts = new Map<string, FindingCount>();
  for (const { kind, severity } of findings) {
    const key = `${severity}|${kind}`;
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { kind, severity, count: 1 });
  }
  return [...counts.values()];
}
