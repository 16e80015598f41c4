import { Link, useLocation, useNavigate } from 'react-router';
import { useMe, useSignOut } from './api';

/** Who is signed in, and the way out; or the way in. */
export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
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
      <button
        type="button"
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in') })}
        disabled={signOut.isPending}
      >
        Sign out
      </button>
    </span>
  );
}
