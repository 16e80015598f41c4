import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from './QueryState';
import { PageTitle } from './PageTitle';

interface FormProps<R> {
  record?: R;
  onSaved: (record: R) => void;
  onCancel: () => void;
}

/**
 * `/<kind>/new` and `/<kind>/:id/edit` for sources and metrics: loads the record to edit, shows the
 * form, and opens the saved record's page afterwards.
 */
export function RecordFormPage<R extends { id: number; version: number }>({
  kind,
  noun,
  useRecord,
  renderForm,
}: {
  kind: 'sources' | 'metrics';
  noun: string;
  /** The record to edit; only asked for when the address names one. */
  useRecord: (id: number, enabled: boolean) => UseQueryResult<R>;
  renderForm: (props: FormProps<R>) => ReactNode;
}) {
  const { id } = useParams();
  const navigate = useNavigate();
  const record = useRecord(Number(id), id !== undefined);
  const props = {
    onSaved: (saved: R) => void navigate(`/${kind}/${saved.id}`),
    onCancel: () => void navigate(-1),
  };
  if (id === undefined) {
    return (
      <section>
        <PageTitle page={`New ${noun}`} />
        <h1>New {noun}</h1>
        {renderForm(props)}
      </section>
    );
  }
  return (
    <section>
      <PageTitle page={`Edit ${noun} #${id}`} />
      <h1>Edit {noun}</h1>
      <p>
        <Link to={`/${kind}/${id}/history`}>History of this {noun}</Link>
      </p>
      <QueryState query={record} label={`the ${noun}`}>
        {/* Keyed by id, not version: a colleague's save refetches the record, and remounting would
            wipe what this analyst has typed; the form's own version check catches the conflict. */}
        {(loaded) => <div key={loaded.id}>{renderForm({ ...props, record: loaded })}</div>}
      </QueryState>
    </section>
  );
}
