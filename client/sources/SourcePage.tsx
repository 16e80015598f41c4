import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../resources/http';
import { useCan } from '../resources/auth';
import { useClaims } from '../resources/claims';
import { useMetrics } from '../resources/metrics';
import { QueryState } from '../ui/QueryState';
import { useSource } from '../resources/sources';
import { SourceClaimsTable } from './SourceClaimsTable';
import { MergeDialog } from '../ui/MergeDialog';
import { SourceFacts } from './SourceFacts';
import { PageTitle } from '../ui/PageTitle';

export default function SourcePage() {
  const id = Number(useParams().id);
  const source = useSource(id);
  const claims = useClaims({ sourceId: id });
  const metrics = useMetrics();
  const canEdit = useCan('editor');
  const [merging, setMerging] = useState(false);
  const metricOf = (metricId: number) => metrics.data?.find((m) => m.id === metricId);

  // The server answers 404 for an unknown id and 400 for one that is not a number: either way, no such source.
  if (source.error instanceof ApiError && (source.error.status === 404 || source.error.status === 400)) {
    return (
      <section>
        <PageTitle page="No such source" />
        <h1>No such source</h1>
        <p>
          There is no source with this address; it may have been deleted. <Link to="/sources">See all sources</Link>.
        </p>
      </section>
    );
  }
  return (
    <QueryState query={source} label="the source">
      {(s) => (
        <section>
          <p className="back-link">
            <Link to="/sources">
              <span aria-hidden="true">← </span>All sources
            </Link>
          </p>
          <div className="page-head">
            <PageTitle page={s.name} />
            <h1>{s.name}</h1>
            {canEdit && (
              <>
                <Link className="button" to={`/sources/${s.id}/edit`}>
                  Edit source
                </Link>
                <Link className="button" to={`/claims/new?sourceId=${s.id}`}>
                  Add a claim by this source
                </Link>
                {!s.deletedAt && (
                  <button type="button" onClick={() => setMerging(true)}>
                    Merge into…
                  </button>
                )}
                <MergeDialog kind="sources" record={s} open={merging} onClose={() => setMerging(false)} />
              </>
            )}
            <Link to={`/sources/${s.id}/history`}>History</Link>
          </div>
          <SourceFacts source={s} />
          <h2>Claims by {s.shortName ?? s.name}</h2>
          <QueryState
            query={claims}
            label="claims"
            isEmpty={(items) => items.length === 0}
            empty={<p>This source has no claims yet.</p>}
          >
            {(items) => <SourceClaimsTable claims={items} sourceName={s.name} metricOf={metricOf} />}
          </QueryState>
        </section>
      )}
    </QueryState>
  );
}
