import { ScrollRegion } from '../ui/ScrollRegion';
import type { ImportIssue } from '../../shared/dataset/transfer.js';
import { countOf, formatNumber } from '../../shared/wording.js';

/** How each list reads: problems stop the import, warnings name cells it would leave unused. */
const wording = {
  problems: {
    label: 'Problems found in the file',
    counted: (n: number) => countOf(n, 'problem', 'problems'),
    after: 'nothing is imported until every one is fixed',
    what: 'Problem',
  },
  warnings: {
    label: 'Cells the import will ignore',
    counted: (n: number) => countOf(n, 'cell ignored', 'cells ignored'),
    after: 'what exists already stays as it is',
    what: 'Ignored',
  },
} as const;

/**
 * The problems that stop the import (or the cells it would ignore), where to find each and what is
 * wrong with it: all of them, or the first that the server lists of `count`.
 */
export function ImportIssues({
  issues,
  count,
  kind = 'problems',
}: {
  issues: readonly ImportIssue[];
  count: number;
  kind?: keyof typeof wording;
}) {
  const words = wording[kind];
  const counted = words.counted(count);
  const shown = issues.length < count ? `Showing the first ${formatNumber(issues.length)} of ${counted}` : counted;
  return (
    <ScrollRegion label={words.label}>
      <table className="import-issues">
        <caption>
          {shown}; {words.after}
        </caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Field</th>
            <th scope="col">{words.what}</th>
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
