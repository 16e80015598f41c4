import type { Finding } from '../schemas/finding.js';
import { isPartial, latestPerSource, sortedByDate, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import { isCompared } from './compared.js';
import { partialCoverageFinding, partialExceedsWholeFinding } from './coverage.js';
import { echoFinding } from './echoes.js';
import { originsOf } from './origins.js';
import { outlierFinding } from './outliers.js';
import { conflationFinding, partExceedsWholeFinding, type WholeMetric } from './related.js';
import { relayedQualifierFindings } from './relays.js';
import { supersededFinding, supersessionFinder } from './superseded.js';
import { timeIndex } from './timeIndex.js';

export interface Analysis<C extends AnalysedClaim> {
  /** Each source's latest figure in its own right, for the whole scope or a scope not said: what the spread measures. */
  compared: Dated<C>[];
  /** Sources' latest figures for part of the scope, compared with none of the others. */
  partial: Dated<C>[];
  /** Sources' latest claims that repeat another claim: shown with their origin, not as figures of their own. */
  repeats: Dated<C>[];
  /** Claims with no date, which no as-of comparison can place. */
  undated: C[];
  /** Sources' latest claims, and how many independent origins they come from. */
  origins: { claims: number; independent: number };
  /** Warnings first, each kind together. */
  findings: Finding[];
}

const isDated = <C extends AnalysedClaim>(claim: C): claim is Dated<C> => claim.statedOn !== null;

/**
 * What a metric's claims support taken together, as of a date: `claims` are every live claim of the
 * metric stated by then (the caller leaves out deleted and, unless asked, improbable ones), and
 * `whole`, when the metric counts part of another, that metric's claims read the same way.
 */
export function analyse<C extends AnalysedClaim>(
  claims: readonly C[],
  { tolerance, names, whole }: { tolerance: number; names: Namer; whole?: WholeMetric | undefined },
): Analysis<C> {
  const dated = sortedByDate(claims).filter(isDated);
  const undated = claims.filter((c) => !isDated(c));
  const latest = latestPerSource(dated);
  const repeats = latest.filter((c) => c.repeatsClaimId !== null);
  const own = latest.filter((c) => c.repeatsClaimId === null);
  const compared = latest.filter(isCompared);
  const partial = own.filter(isPartial);
  const origins = originsOf(claims);

  const supersession = supersessionFinder(dated, tolerance);
  const wholeScope = timeIndex(dated.filter((c) => c.repeatsClaimId === null && !isPartial(c)));
  const isSuperseded = (claim: Dated<C>) => supersession(claim) !== null;

  // The whole's figures in their own right: an echo of one is no second figure to match.
  const wholeFigures = timeIndex(
    whole
      ? sortedByDate(whole.claims)
          .filter(isDated)
          .filter((c) => c.repeatsClaimId === null)
      : [],
  );

  const byId = new Map(claims.map((c) => [c.id, c]));
  const repeatsByOrigin = new Map<number, Dated<C>[]>();
  for (const claim of repeats) {
    const origin = origins.get(claim.id)!;
    repeatsByOrigin.set(origin, [...(repeatsByOrigin.get(origin) ?? []), claim]);
  }

  const findings: Finding[] = [
    ...latest.flatMap((c) => {
      const found = supersession(c);
      return found ? [supersededFinding(found, names)] : [];
    }),
    ...relayedQualifierFindings(timeIndex(dated), latest, names),
    // A superseded figure is explained already; measuring it as an outlier too would say it twice.
    ...compared.flatMap((c) => (supersession(c) ? [] : (outlierFinding(c, wholeScope, isSuperseded, names) ?? []))),
    ...partial.flatMap((c) => partialExceedsWholeFinding(c, wholeScope, tolerance, names) ?? []),
    ...partial.map((c) => partialCoverageFinding(c, names)),
    ...(whole
      ? own.flatMap((c) =>
          [
            conflationFinding(c, wholeFigures, whole, names),
            partExceedsWholeFinding(c, wholeFigures, whole, tolerance, names),
          ].filter((f) => f !== null),
        )
      : []),
    ...[...repeatsByOrigin].flatMap(([originId, echoes]) => {
      const origin = byId.get(originId);
      return origin ? [echoFinding(origin, echoes, names)] : [];
    }),
  ];
  return {
    compared,
    partial,
    repeats,
    undated,
    origins: { claims: latest.length, independent: new Set(latest.map((c) => origins.get(c.id)!)).size },
    findings: findings.sort((a, b) => Number(a.severity === 'note') - Number(b.severity === 'note')),
  };
}
