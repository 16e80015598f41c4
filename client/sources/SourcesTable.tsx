import { Link } from 'react-router';
import { fieldLabel } from '../../shared/fields/index.js';
import { reliabilityGrades, type Source, type SourceWithCount } from '../../shared/schemas/index.js';
import { yesOrNo } from '../../shared/wording.js';
import { GroupSwatch } from '../ui/GroupSwatch';
import { SortableHeader } from '../ui/SortableHeader';
import type { SortDirection } from '../ui/sortRows';
import { sourceKindLabels } from './sourceKindLabels';
import { ScrollRegion } from '../ui/ScrollRegion';

export type SourceColumn = readonly [key: string, label: string, value: (s: SourceWithCount) => string | number | null];

const label = (field: keyof Source) => fieldLabel('source', field);

export const sourceColumns: readonly SourceColumn[] = [
  ['name', label('name'), (s) => s.name],
  ['shortName', label('shortName'), (s) => s.shortName],
  ['kind', label('kind'), (s) => sourceKindLabels[s.kind]],
  ['country', label('country'), (s) => s.country],
  ['group', label('group'), (s) => s.group],
  ['reliability', label('reliability'), (s) => s.reliability],
  ['party', label('party'), (s) => yesOrNo(s.party)],
  ['claims', 'Claims', (s) => s.claimCount],
];

/** Every source with what an analyst weighs it by: who it is, whose side, how reliable, how much it said. */
export function SourcesTable({
  sources,
  sort,
  onSort,
}: {
  sources: readonly SourceWithCount[];
  sort: { column: string; direction: SortDirection; label: string };
  onSort: (column: string) => void;
}) {
  return (
    <ScrollRegion label="Sources">
      <table className="sources-table wide-table">
        <caption className="visually-hidden">
          Sources, sorted by {sort.label.toLowerCase()}, {sort.direction}
        </caption>
        <thead>
          <tr>
            {sourceColumns.map(([key, label]) => (
              <SortableHeader key={key} column={key} label={label} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/sources/${s.id}`}>{s.name}</Link>
              </th>
              <td>{s.shortName}</td>
              <td>{sourceKindLabels[s.kind]}</td>
              <td>{s.country}</td>
              <td>
                <GroupSwatch group={s.group} />
              </td>
              <td>
                <span className="grade">{s.reliability}</span>{' '}
                <span className="muted">{reliabilityGrades[s.reliability]}</span>
              </td>
              <td>{yesOrNo(s.party)}</td>
              <td className="num">{s.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
