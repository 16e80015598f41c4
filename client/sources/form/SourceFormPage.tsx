import { useQuery } from '@tanstack/react-query';
import { RecordFormPage } from '../../ui/RecordFormPage';
import { sourceQueryOptions } from '../../resources/sources';
import { SourceForm } from './SourceForm';

const useSourceToEdit = (id: number, enabled: boolean) => useQuery({ ...sourceQueryOptions(id), enabled });

/** `/sources/new` and `/sources/:id/edit`. */
export default function SourceFormPage() {
  return (
    <RecordFormPage
      kind="sources"
      noun="source"
      useRecord={useSourceToEdit}
      renderForm={({ record, ...props }) => <SourceForm {...props} {...(record ? { source: record } : {})} />}
    />
  );
}
