import { Link, useRouteError } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

/**
 * A page's code is fetched when first opened; after a redeploy its old chunk is gone, and offline it
 * cannot be fetched at all. Browsers word the failure differently, so each wording is matched.
 */
const failedChunkLoad = /dynamically imported module|module script failed|error loading dynamically imported/i;

/**
 * What a route shows instead of crashing the app: the header stays, and the analyst learns what
 * happened and how to carry on. A failed code load is only cured by loading the page afresh, since
 * the browser remembers the failed import.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : '';
  return (
    <section className="state state-error" role="alert">
      <PageTitle page="Page could not be shown" />
      <h1>This page could not be shown</h1>
      <p>
        {failedChunkLoad.test(message)
          ? 'Its code could not be loaded: the connection may have dropped, or Triangulate was updated since you opened it.'
          : 'Something went wrong while showing it. Reloading usually helps; if it does not, tell us what you were doing.'}
      </p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">Go to the overview</Link>
      </p>
    </section>
  );
}
