import { Link } from 'react-router';
import type { FindingCount } from '../../shared/schemas/index.js';
import { findingCountSentence, findingCountText, severityLabels } from '../ui/findingLabels';
import { methodologyHref } from '../ui/methodologyLink';

/**
 * A metric's findings, one small badge per kind, each a link to the rule that finds it. Warnings
 * and notes differ in border as well as colour, and each badge's name says which it is; its title
 * says what the kind means.
 */
export function FindingBadges({ findings }: { findings: readonly FindingCount[] }) {
  return findings.map((f) => (
    <Link
      key={`${f.severity}-${f.kind}`}
      to={methodologyHref(f.kind)}
      className={`badge badge-finding badge-${f.severity}`}
      aria-label={`${severityLabels[f.severity]}: ${findingCountText(f)}, how this is found`}
      title={`${findingCountSentence(f)}. Opens how this is found.`}
    >
      {findingCountText(f)}
    </Link>
  ));
}
