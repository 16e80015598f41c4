import { useId } from 'react';
import { Link } from 'react-router';
import type { Comparison } from '../../shared/schemas/index.js';
import { toleranceInWords } from '../../shared/analysis/tolerance.js';
import { countOf } from '../../shared/wording.js';
import { severityLabels } from '../ui/findingLabels';
import { methodologyHref } from '../ui/methodologyLink';

/**
 * What the server found before the figures can be compared: each finding in its own words, with
 * how many independent origins the sources' claims come from, and where each rule is explained.
 */
export function FindingsList({ comparison }: { comparison: Comparison }) {
  const headingId = useId();
  const { findings, origins } = comparison;
  if (origins.claims === 0) return null;
  return (
    <section className="findings" aria-labelledby={headingId}>
      <h3 id={headingId}>Before comparing</h3>
      <p className="origins">
        {countOf(origins.claims, 'latest claim', 'latest claims')} from{' '}
        {countOf(origins.independent, 'independent origin', 'independent origins')}.
        {findings.length === 0 && ' Nothing found that stops these figures being compared.'} “About X” is read as{' '}
        {toleranceInWords(comparison.tolerance)}
        {comparison.metric.tolerance === null ? '' : ', this metric’s own tolerance'} (
        <Link to="/methodology#figures">how figures are compared</Link>).
      </p>
      {findings.length > 0 && (
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.kind}-${finding.claimIds.join('-')}`} className={`finding finding-${finding.severity}`}>
              <span className="severity">{severityLabels[finding.severity]}</span> {finding.message}{' '}
              <Link to={methodologyHref(finding.kind)}>How this is found</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
