import { ScrollRegion } from '../ui/ScrollRegion';
import type { ImportIssue } from '../../shared/dataset/transfer.js';
import { countOf, formatNumber } from '../../shared/wording.js';

/**
 * The problems that stop the import, where to find each and what is wrong with it: all of them, or
 * the first that the server lists of `count`.
 */
export function ImportIssues({ issues, count }: { issues: readonly ImportIssue[]; count: number }) {
  const problems = countOf(count, 'problem', 'problems');
  const shown = issues.length < count ? `Showing the first ${formatNumber(issues.length)} of ${problems}` : problems;
  return (
    <ScrollRegion label="Problems found in the file">
      <table className="import-issues">
        <caption>{shown}; nothing is imported until every one is fixed</caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td className="nowrap">
                {issue.line !== undefined
                  ? `line ${issue.line}`
                  : issue.collection
                    ? `${issue.collection} #${(issue.index ?? 0) + 1}`
                    : '—'}
              </td>
              <td>{issue.field || '—'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
