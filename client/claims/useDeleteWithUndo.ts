import { Claim } from '../../shared/schemas/index.js';
import { deleteOrRestoreFailure, staleWriteCurrent } from '../resources/http';
import type { SeenRecord } from '../resources/records';
import { useDeleteClaim, useRestoreClaim } from '../resources/claims';
import { useToast } from '../ui/toast';

/**
 * Deleting asks nothing: it is soft, so a toast offers to take it back at once, and deleted
 * claims stay restorable from their metric's page. Both act on the version the analyst saw, so a
 * colleague's newer correction is never deleted or restored unseen: the toast says so instead.
 */
export function useDeleteWithUndo() {
  const remove = useDeleteClaim();
  const restore = useRestoreClaim();
  const toast = useToast();

  const restoreSeen = async (claim: SeenRecord) => {
    try {
      await restore.mutateAsync(claim);
    } catch (error) {
      toast.show(deleteOrRestoreFailure(error, 'claim', 'restore'));
    }
  };

  /**
   * Resolves to whether the claim was deleted and, when it was not because someone changed it
   * since, the claim as it now stands.
   */
  const deleteWithUndo = async (claim: SeenRecord): Promise<{ deleted: boolean; current?: Claim }> => {
    let deleted: Claim;
    try {
      deleted = await remove.mutateAsync(claim);
    } catch (error) {
      toast.show(deleteOrRestoreFailure(error, 'claim', 'delete'));
      const current = staleWriteCurrent(error);
      return current === undefined ? { deleted: false } : { deleted: false, current: Claim.parse(current) };
    }
    // The delete made a new version: the Undo restores that one, and is refused if someone changed it since.
    toast.show(`Claim #${deleted.id} deleted.`, { label: 'Undo', run: () => void restoreSeen(deleted) });
    return { deleted: true };
  };

  return { deleteWithUndo, restore: restoreSeen };
}
