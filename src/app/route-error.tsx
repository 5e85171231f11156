import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown when a route fails to load (e.g. a chunk missing after an update while offline). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <main className="page" id="main">
      <h1>Something went wrong</h1>
      <p>This screen could not be shown. Your saved sessions and pain log are not affected.</p>
      <p className="muted">Details: {detail}</p>
      <p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          Reload
        </button>{' '}
        <Link to="/">Back to today</Link>
      </p>
    </main>
  );
}
