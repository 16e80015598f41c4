import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { toleranceInWords } from '../../shared/analysis/tolerance.js';
import { revisionChanges } from '../../shared/history.js';
import { coverageLabels, fieldLabel } from '../../shared/fields/index.js';
import { Coverage, type ClaimValue, type EntityType } from '../../shared/schemas/index.js';
import { countOf, describeValue, yesOrNo } from '../../shared/wording.js';
import { useHistory, useUnmerge, type RecordKind } from '../resources/records';
import { metricsQueryOptions } from '../resources/metrics';
import { sourcesQueryOptions } from '../resources/sources';
import { QueryState } from '../ui/QueryState';
import { PageTitle } from '../ui/PageTitle';

const singular = { claims: 'claim', sources: 'source', metrics: 'metric' } as const satisfies Record<
  RecordKind,
  EntityType
>;
const actionLabels = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  restore: 'Restored',
  merge: 'Merged into another',
  unmerge: 'Merge undone',
} as const;

type NameOf = (id: number) => string | undefined;

/**
 * A field's value as the analyst knows it: a claim's metric and source and a metric's whole by name
 * and the claim it repeats as a link, each with its id until the names arrive or when the record is
 * gone; a tolerance as the percentage the form takes, a yes-or-no field in words, and aliases as a list.
 */
function show(field: string, value: unknown, names: { metric: NameOf; source: NameOf }): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'value') return describeValue(value as ClaimValue);
  if (typeof value === 'boolean') return yesOrNo(value);
  if (field === 'aliases' && Array.isArray(value)) return value.length === 0 ? '—' : value.join('; ');
  const coverage = Coverage.safeParse(value);
  if (field === 'coverage' && coverage.success) return coverageLabels[coverage.data];
  if (field === 'metricId' && typeof value === 'number') {
    return <Link to={`/metrics/${value}`}>{names.metric(value) ?? `Metric #${value}`}</Link>;
  }
  if (field === 'sourceId' && typeof value === 'number') {
    return <Link to={`/sources/${value}`}>{names.source(value) ?? `Source #${value}`}</Link>;
  }
  if (field === 'partOfMetricId' && typeof value === 'number') {
    return <Link to={`/metrics/${value}`}>{names.metric(value) ?? `Metric #${value}`}</Link>;
  }
  if (field === 'tolerance' && typeof value === 'number') return toleranceInWords(value);
  if (field === 'repeatsClaimId' && typeof value === 'number') {
    return <Link to={`/claims/${value}/edit`}>Claim #{value}</Link>;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

/** Every revision of one record, newest first, with what each one changed. */
export default function HistoryPage({ kind }: { kind: RecordKind }) {
  const id = Number(useParams().id);
  const history = useHistory(kind, id);
  // Only a claim refers to other records; the lists are the ones the rest of the app caches.
  const metrics = useQuery({ ...metricsQueryOptions(), enabled: kind === 'claims' });
  const sources = useQuery({ ...sourcesQueryOptions(), enabled: kind === 'claims' });
  const unmerge = useUnmerge(kind === 'metrics' ? 'metrics' : 'sources');
  const names = {
    metric: (metricId: number) => metrics.data?.find((m) => m.id === metricId)?.name,
    source: (sourceId: number) => sources.data?.find((s) => s.id === sourceId)?.name,
  };
  return (
    <section>
      <PageTitle page={`History of ${singular[kind]} #${id}`} />
      <h1>
        History of {singular[kind]} #{id}
      </h1>
      <p>
        <Link to={kind === 'claims' ? `/claims/${id}/edit` : `/${kind}/${id}`}>Back to the {singular[kind]}</Link>
      </p>
      <QueryState query={history} label="history" isEmpty={(items) => items.length === 0}>
        {(items) => (
          <>
            {unmerge.isSuccess && (
              <p role="status">
                Merge undone: {countOf(unmerge.data.movedClaims, 'claim', 'claims')} moved back to this {singular[kind]}
                .
              </p>
            )}
            {unmerge.isError && <p role="alert">The merge could not be undone: {unmerge.error.message}</p>}
            <ol className="history" reversed>
              {revisionChanges(items)
                .reverse()
                .map(({ revision, changes }) => (
                  <li key={revision.id}>
                    <h2 className="history-head">
                      {actionLabels[revision.action]} <span className="muted">version {revision.version}</span>{' '}
                      <time dateTime={revision.createdAt}>{timeFormat.format(new Date(revision.createdAt))} UTC</time>{' '}
                      <span className="muted">by {revision.user?.displayName ?? 'the demo data loader'}</span>
                    </h2>
                    {changes.length > 0 ? (
                      <table>
                        <caption className="visually-hidden">Fields changed in version {revision.version}</caption>
                        <thead>
                          <tr>
                            <th scope="col">Field</th>
                            <th scope="col">Before</th>
                            <th scope="col">After</th>
                          </tr>
                        </thead>
                        <tbody>
                          {changes.map((c) => (
                            <tr key={c.field}>
                              <th scope="row">{fieldLabel(singular[kind], c.field)}</th>
                              <td>{revision.action === 'create' ? '—' : show(c.field, c.before, names)}</td>
                              <td>{show(c.field, c.after, names)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    ) : (
                      <p className="muted">No field changed.</p>
                    )}
                    {revision.action === 'merge' && revision.id === items.at(-1)?.id && kind !== 'claims' && (
                      <button
                        type="button"
                        disabled={unmerge.isPending}
                        onClick={() => unmerge.mutate({ id, version: revision.version })}
                      >
                        Undo this merge
                      </button>
                    )}
                  </li>
                ))}
            </ol>
          </>
        )}
      </QueryState>
    </section>
  );
}
