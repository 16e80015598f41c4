import { useRecordWrites } from '../app/records';
import { useToast } from '../ui/toast';

/**
 * Deleting asks nothing: it is soft, so a toast offers to take it back at once, and deleted
 * claims stay restorable from their metric's page.
 */
export function useDeleteWithUndo() {
  const { remove, restore } = useRecordWrites('claims');
  const toast = useToast();
  return async (id: number) => {
    await remove.mutateAsync(id);
    toast.show(`Claim #${id} deleted.`, { label: 'Undo', run: () => void restore.mutateAsync(id) });
  };
}
