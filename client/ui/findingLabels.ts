import type { FindingCount, FindingKind, FindingSeverity } from '../../shared/schemas/index.js';
import { countOf } from '../../shared/wording.js';

/** Each finding kind as a badge names it (`one`, `many`) and as a tooltip explains it. */
export const findingKindLabels: Record<FindingKind, { one: string; many: string; explained: string }> = {
  superseded: { one: 'superseded', many: 'superseded', explained: 'figure its source had since revised' },
  outlier: { one: 'outlier', many: 'outliers', explained: 'figure far from every other of its months' },
  relayed_qualifiers: {
    one: 'relay conflict',
    many: 'relay conflicts',
    explained: 'statement relayed with different qualifiers',
  },
  partial_exceeds_whole: {
    one: 'part above whole',
    many: 'parts above whole',
    explained: 'figure for part of the scope above what the whole allows',
  },
  partial_coverage: { one: 'part of scope', many: 'parts of scope', explained: 'figure for part of the scope only' },
  echo: { one: 'repeat', many: 'repeats', explained: 'claim repeating another, counted once' },
  conflation: {
    one: 'possible conflation',
    many: 'possible conflations',
    explained: 'figure the whole metric gave, perhaps counting something else',
  },
};

export const severityLabels: Record<FindingSeverity, string> = { warning: 'Warning', note: 'Note' };

/** "2 outliers". */
export const findingCountText = ({ kind, count }: Pick<FindingCount, 'kind' | 'count'>) =>
  countOf(count, findingKindLabels[kind].one, findingKindLabels[kind].many);

/** "Warning: 2 outliers (figure far from every other of its months)". */
export const findingCountSentence = (c: FindingCount) =>
  `${severityLabels[c.severity]}: ${findingCountText(c)} (${findingKindLabels[c.kind].explained})`;
