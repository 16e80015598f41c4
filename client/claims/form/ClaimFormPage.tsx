import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Claim } from '../../../shared/schemas/index.js';
import { deleteOrRestoreFailure } from '../../resources/http';
import { claimQueryOptions, useRestoreClaim } from '../../resources/claims';
import { QueryState } from '../../ui/QueryState';
import { useDeleteWithUndo } from '../useDeleteWithUndo';
import { ClaimForm } from './ClaimForm';
import { PageTitle } from '../../ui/PageTitle';

const optionalId = (text: string | null) => (text ? Number(text) : undefined);

/** `/claims/new?metricId=&sourceId=` and `/claims/:id/edit`; after saving, the metric page shows the claim. */
export default function ClaimFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { deleteWithUndo } = useDeleteWithUndo();
  const claim = useQuery({ ...claimQueryOptions(Number(id)), enabled: id !== undefined });
  const preset = {
    ...(optionalId(params.get('metricId')) ? { metricId: optionalId(params.get('metricId'))! } : {}),
    ...(optionalId(params.get('sourceId')) ? { sourceId: optionalId(params.get('sourceId'))! } : {}),
  };
  const afterSave = (saved: { id: number; metricId: number }) =>
    navigate(`/metrics/${saved.metricId}?highlight=${saved.id}`);

  if (id === undefined) {
    return (
      <section>
        <PageTitle page="Add a claim" />
        <h1>Add a claim</h1>
        <p>
          Reading an article? <Link to="/add-from-text">Fill claims from its text</Link> instead.
        </p>
        <ClaimForm preset={preset} onSaved={afterSave} onCancel={() => navigate(-1)} />
      </section>
    );
  }
  return (
    <section>
      <PageTitle page={`Edit claim #${id}`} />
      <h1>Edit claim #{id}</h1>
      <p>
        <Link to={`/claims/${id}/history`}>History of this claim</Link>
      </p>
      <QueryState query={claim} label="the claim">
        {(loaded) =>
          loaded.deletedAt ? (
            <DeletedClaim claim={loaded} />
          ) : (
            <ClaimForm
              key={loaded.id}
              claim={loaded}
              onSaved={afterSave}
              onCancel={() => navigate(-1)}
              onDelete={async (seen) => {
                const { deleted, current } = await deleteWithUndo(seen);
                if (deleted) void navigate(`/metrics/${loaded.metricId}`);
                return current;
              }}
            />
          )
        }
      </QueryState>
    </section>
  );
}

/** The server edits no deleted record: an edit would vanish from view with it. Restoring shows the form. */
function DeletedClaim({ claim }: { claim: Claim }) {
  const restore = useRestoreClaim();
  return (
    <div>
      <p>This claim is deleted: restore it to edit it. Its history keeps every earlier version.</p>
      <button type="button" onClick={() => restore.mutate(claim)} aria-disabled={restore.isPending}>
        Restore this claim
      </button>
      {restore.isError && <p role="alert">{deleteOrRestoreFailure(restore.error, 'claim', 'restore')}</p>}
    </div>
  );
}
