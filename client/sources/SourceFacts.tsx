import { fieldLabel } from '../../shared/fields/index.js';
import { reliabilityGrades, type Source } from '../../shared/schemas/index.js';
import { GroupSwatch } from '../ui/GroupSwatch';
import { sourceKindLabels } from './sourceKindLabels';

/** A source's standing at a glance: what it is, whose side it speaks for, and how far to trust it. */
export function SourceFacts({ source }: { source: Source }) {
  return (
    <dl className="facts">
      {source.shortName && (
        <>
          <dt>Short name</dt>
          <dd>{source.shortName}</dd>
        </>
      )}
      {source.aliases.length > 0 && (
        <>
          <dt>{fieldLabel('source', 'aliases')}</dt>
          <dd>
            <ul className="alias-list">
              {source.aliases.map((alias) => (
                <li key={alias}>{alias}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>Kind</dt>
      <dd>{sourceKindLabels[source.kind]}</dd>
      <dt>Country</dt>
      <dd>{source.country ?? 'not given'}</dd>
      <dt>Group</dt>
      <dd>
        <GroupSwatch group={source.group} />
      </dd>
      <dt>Reliability</dt>
      <dd>
        <span className="grade">{source.reliability}</span> {reliabilityGrades[source.reliability]}
      </dd>
      <dt>{fieldLabel('source', 'party')}</dt>
      <dd>{source.party ? 'Yes' : 'No, a third party'}</dd>
      {source.url && (
        <>
          <dt>Web</dt>
          <dd>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.url}
            </a>
          </dd>
        </>
      )}
      {source.notes && (
        <>
          <dt>Notes</dt>
          <dd>{source.notes}</dd>
        </>
      )}
    </dl>
  );
}
