import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';

export function Layout() {
  const location = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Triangulate
        </NavLink>
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
          </ul>
        </nav>
        <NavLink to="/claims/new" className="button primary add-claim">
          Add claim
        </NavLink>
      </header>
      <main id="main" tabIndex={-1}>
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
