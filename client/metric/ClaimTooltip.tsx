import type { TooltipContentProps } from 'recharts';
import type { PlottedClaim } from '../../shared/charts/plottedClaim.js';
import { ClaimDetails } from '../claims/ClaimDetails';
import { GroupSwatch } from '../ui/GroupSwatch';

/**
 * The hovered claim as its source gave it. Recharts passes `active` and `payload`; the same details
 * are in the data tables for keyboard and screen-reader users, who cannot reach a tooltip's link.
 */
export function ClaimTooltip({
  active,
  payload,
  unit,
}: { unit: string } & Partial<Pick<TooltipContentProps, 'active' | 'payload'>>) {
  const plotted = payload?.[0]?.payload as PlottedClaim | undefined;
  if (!active || !plotted) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-source">
        <strong>{plotted.source.name}</strong> <GroupSwatch group={plotted.source.group} />
      </p>
      <ClaimDetails claim={plotted.claim} unit={unit} />
    </div>
  );
}
