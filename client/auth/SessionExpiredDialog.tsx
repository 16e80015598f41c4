import { useEffect, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { SignInForm } from './SignInForm';

export const sessionExpiredEvent = 'triangulate:session-expired';

/**
 * When a save is refused because the session ended, the analyst signs in again right here: the
 * page, and the form they were filling in, stay as they were, and they can save again.
 */
export function SessionExpiredDialog() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(sessionExpiredEvent, show);
    return () => window.removeEventListener(sessionExpiredEvent, show);
  }, []);
  return (
    <Dialog open={open} title="Your session has expired" onClose={() => setOpen(false)}>
      <p>Nothing you entered is lost. Sign in again, then save once more.</p>
      <SignInForm onSignedIn={() => setOpen(false)} />
    </Dialog>
  );
}
