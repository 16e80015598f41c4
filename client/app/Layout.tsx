import { Suspense, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCan, useMe } from '../resources/auth';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { UserMenu } from '../auth/UserMenu';
import { useHeadingFocusOnNavigation } from './useHeadingFocusOnNavigation';

export function Layout() {
  const location = useLocation();
  const me = useMe().data;
  const canEdit = useCan('editor');
  const canAdmin = useCan('admin');
  const main = useRef<HTMLElement>(null);
  // Someone asked to sign in has no page to go to until they have: links there led back here.
  const signingIn = !me && location.pathname === '/sign-in';
  useHeadingFocusOnNavigation(main);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Triangulate
        </NavLink>
        {!signingIn && (
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/" end>
                  Overview
                </NavLink>
              </li>
              <li>
                <NavLink to="/sources">Sources</NavLink>
              </li>
              <li>
                <NavLink to="/methodology">Methodology</NavLink>
              </li>
              {me && (
                <li>
                  <NavLink to="/activity">Activity</NavLink>
                </li>
              )}
              {canAdmin && (
                <li>
                  <NavLink to="/admin/users">Users</NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="header-actions">
          {canEdit && (
            <>
              <NavLink to="/claims/new" className="button primary">
                Add claim
              </NavLink>
              <NavLink to="/add-from-text" className="button">
                Add from text
              </NavLink>
              <NavLink to="/import" className="button">
                Import
              </NavLink>
            </>
          )}
          <UserMenu />
        </div>
      </header>
      <SessionExpiredDialog />
      <main id="main" tabIndex={-1} ref={main}>
        <Suspense
          key={location.pathname}
          fallback={
            <p className="state state-loading" role="status">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
