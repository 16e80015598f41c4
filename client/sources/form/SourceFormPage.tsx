import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { sourceQueryOptions } from '../api';
import { SourceForm } from './SourceForm';

/** `/sources/new` and `/sources/:id/edit`. */
export default function SourceFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const source = useQuery({ ...sourceQueryOptions(Number(id)), enabled: id !== undefined });
  const afterSave = (saved: { id: number }) => navigate(`/sources/${saved.id}`);
  if (id === undefined) {
    return (
      <section>
        <h1>New source</h1>
        <SourceForm onSaved={afterSave} onCancel={() => navigate(-1)} />
      </section>
    );
  }
  return (
    <section>
      <h1>Edit source</h1>
      <p>
        <Link to={`/sources/${id}/history`}>History of this source</Link>
      </p>
      <QueryState query={source} label="the source">
        {(loaded) => (
          <SourceForm key={loaded.version} source={loaded} onSaved={afterSave} onCancel={() => navigate(-1)} />
        )}
      </QueryState>
    </section>
  );
}
