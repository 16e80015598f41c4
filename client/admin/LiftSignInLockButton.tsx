import type { UserWithLock } from '../../shared/schemas/index.js';
import { useToast } from '../ui/toast';
import { useUserWrites } from '../resources/users';

/**
 * Lets a user locked out by wrong passwords sign in again at once. aria-disabled while asking, not
 * disabled: a disabled button would drop the keyboard user's focus to the page.
 */
export function LiftSignInLockButton({ user, onLifted }: { user: UserWithLock; onLifted: () => void }) {
  const { liftSignInLock } = useUserWrites();
  const toast = useToast();
  const lift = () => {
    if (liftSignInLock.isPending) return;
    liftSignInLock.mutate(user.id, {
      onSuccess: () => {
        toast.show(`${user.displayName} can sign in again.`);
        onLifted();
      },
      onError: (error) => toast.show(`Could not lift the sign-in lock of ${user.displayName}: ${error.message}`),
    });
  };
  return (
    <button
      type="button"
      aria-label={`Lift sign-in lock of ${user.displayName}`}
      aria-disabled={liftSignInLock.isPending}
      aria-busy={liftSignInLock.isPending}
      onClick={lift}
    >
      Lift sign-in lock
    </button>
  );
}
