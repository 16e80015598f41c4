import type { SourceKind } from '../../shared/schemas/index.js';

export const sourceKindLabels: Record<SourceKind, string> = {
  state_media: 'State media',
  government: 'Government',
  military: 'Military',
  intelligence: 'Intelligence',
  independent_media: 'Independent media',
  research: 'Research',
  aggregate: 'Aggregate attribution',
  other: 'Other',
};
