import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SourceGroup } from '../../shared/schemas/index.js';
import { groupColoursQueryOptions } from '../resources/sources';
import { groupColourLookup, useColourScheme, type GroupColour } from './colours';

const noGroups: readonly SourceGroup[] = [];

/** Each group's colour, as the server gave it: the same on every chart, legend, swatch and export. */
export function useGroupColour(): GroupColour {
  const groups = useQuery(groupColoursQueryOptions()).data ?? noGroups;
  const scheme = useColourScheme();
  return useMemo(() => groupColourLookup(groups, scheme), [groups, scheme]);
}
