import type { ClaimValue, Coverage, Estimate, EstimateSummary, LeftOutReason, Reliability } from '../schemas/index.js';
import { estimate, type EstimatedClaim } from './estimate.js';

/** A source's latest claim as the estimate's choice of claims reads it. */
export interface LatestClaim {
  id: number;
  sourceId: number;
  value: ClaimValue;
  credibility: number;
  statedOn: string | null;
  repeatsClaimId: number | null;
  coverage?: Coverage | null;
}

export interface EstimateOptions {
  /** The lowest reliability counted; F (cannot be judged) is below none. */
  minReliability?: Exclude<Reliability, 'F'> | undefined;
  excludeSourceIds?: readonly number[] | undefined;
  /** Leaves out the claims of sources that are a party to the conflict. */
  excludeParties?: boolean | undefined;
  includePartial: boolean;
}

const reliabilityOrder = ['A', 'B', 'C', 'D', 'E'] as const;

const belowGrade = (reliability: Reliability, min: EstimateOptions['minReliability']) =>
  min !== undefined && reliability !== 'F' && reliabilityOrder.indexOf(reliability) > reliabilityOrder.indexOf(min);

/** What the choice of claims needs to know beyond the claims: their sources' grades and sides, and which repeat a revised figure. */
export interface Judged {
  reliabilityOf(sourceId: number): Reliability;
  isParty(sourceId: number): boolean;
  isSuperseded(claimId: number): boolean;
}

/**
 * Which of the sources' latest claims the estimate combines: one per independent origin, dated, for
 * the metric's whole scope unless asked otherwise, from the sources, sides and grades asked for. A figure
 * its source had revised is an echo of that source's old word, not an origin of its own, so it is
 * left out as a repeat is. Each claim left out is given with the first reason it is.
 */
export function estimateInputs(
  latest: readonly LatestClaim[],
  judged: Judged,
  options: EstimateOptions,
): { inputs: EstimatedClaim[]; leftOut: { claimId: number; reason: LeftOutReason }[] } {
  const excluded = new Set(options.excludeSourceIds);
  const inputs: EstimatedClaim[] = [];
  const leftOut: { claimId: number; reason: LeftOutReason }[] = [];
  for (const claim of latest) {
    const reliability = judged.reliabilityOf(claim.sourceId);
    const reason: LeftOutReason | null = excluded.has(claim.sourceId)
      ? 'excluded_source'
      : options.excludeParties && judged.isParty(claim.sourceId)
        ? 'party'
        : belowGrade(reliability, options.minReliability)
          ? 'below_grade'
          : claim.statedOn === null
            ? 'undated'
            : claim.repeatsClaimId !== null
              ? 'repeat'
              : judged.isSuperseded(claim.id)
                ? 'superseded'
                : claim.coverage === 'part' && !options.includePartial
                  ? 'part_of_scope'
                  : null;
    if (reason) leftOut.push({ claimId: claim.id, reason });
    else
      inputs.push({
        id: claim.id,
        sourceId: claim.sourceId,
        value: claim.value,
        credibility: claim.credibility,
        reliability,
      });
  }
  return { inputs, leftOut };
}

/** The estimate of sources' latest claims, with every claim left out, whether by the choice or by the estimate. */
export function estimateOfLatest(
  latest: readonly LatestClaim[],
  judged: Judged,
  options: EstimateOptions & { tolerance: number },
): Estimate {
  const chosen = estimateInputs(latest, judged, options);
  const found = estimate(chosen.inputs, { tolerance: options.tolerance });
  return { ...found, leftOut: [...chosen.leftOut, ...found.leftOut] };
}

/** An estimate as the overview shows it: the best figure and its 90% interval, or why there is none. */
export const estimateSummary = ({ consensus, noBest, best }: Estimate): EstimateSummary => ({
  consensus,
  noBest,
  best: best && { median: best.median, interval90: best.interval90 },
});
