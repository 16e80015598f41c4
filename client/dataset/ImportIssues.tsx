import { ScrollRegion } from '../ui/ScrollRegion';
import type { ImportIssue } from '../../shared/dataset/transfer.js';
import { countOf } from '../../shared/wording.js';

/** Every row that would stop the import, where to find it, and what is wrong with it. */
export function ImportIssues({ issues }: { issues: readonly ImportIssue[] }) {
  return (
    <ScrollRegion label="Problems found in the file">
      <table className="import-issues">
        <caption>{countOf(issues.length, 'problem', 'problems')}; nothing is imported until every one is fixed</caption>
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
