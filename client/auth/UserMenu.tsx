import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useToast } from '../ui/toast';
import { useMe, useSignOut } from '../resources/auth';

/** Who is signed in, and the way out; or the way in. */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const toast = useToast();
  const { pathname, search } = useLocation();
  if (me.isPending) return null;
  if (!me.data) {
    return pathname === '/sign-in' ? null : (
      <Link className="button" to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>
        Sign in
      </Link>
    );
  }
  return (
    <span className="user-menu">
      <span>
        {me.data.displayName} <span className="muted">({me.data.role})</span>
      </span>
      <NavLink to="/account/password">Change password</NavLink>
      <button
        type="button"
        onClick={() =>
          signOut.mutate(undefined, {
            onSuccess: () => void navigate('/sign-in'),
            // The session still stands: saying so beats a page that looks signed out on a shared computer.
            onError: (error) => toast.show(`Could not sign out: ${error.message}`),
          })
        }
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </span>
  );
}
