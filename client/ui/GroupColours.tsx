import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { groupColour, groupColours, type GroupColour } from './colours';

const GroupColourContext = createContext<GroupColour>(groupColour);

/**
 * One chart's colours for everything drawn about it (marks, legend, tooltip, data table), so that
 * a group has the same colour in each and no other group present shares it.
 */
export function GroupColours({ groups, children }: { groups: readonly (string | null)[]; children: ReactNode }) {
  const key = JSON.stringify([...new Set(groups)].sort());
  const colourOf = useMemo(() => groupColours(JSON.parse(key) as (string | null)[]), [key]);
  return <GroupColourContext value={colourOf}>{children}</GroupColourContext>;
}

/** The colour of a group in the chart around the caller; outside any chart, the group's own colour. */
export const useGroupColour = (): GroupColour => useContext(GroupColourContext);
