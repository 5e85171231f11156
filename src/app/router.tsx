import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import type { LazyPage } from './lazy-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteErrorBoundary } from './route-error';
import { ROUTES } from './route-table';
import { pages } from './routes';
import { usePreloadScreens } from './use-preload-screens';

/**
 * Declarative routes (docs/decisions/003): home is in the first bundle for a fast first paint;
 * every other screen is its own chunk (src/app/routes.ts), preloaded ahead of use (use-preload-screens.ts).
 */
export function AppRoutes() {
  usePreloadScreens();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        {ROUTES.map((r) => (
          <Route key={r.path} path={r.path} element={<Lazy page={pages[r.page]} />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page: { Page } }: { page: LazyPage }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Page fallback={<PageLoading />} />
      </Suspense>
    </RouteErrorBoundary>
  );
}

function PageLoading() {
  return (
    <div className="page" aria-busy="true">
      <p className="route-loading" role="status">
        Loading…
      </p>
    </div>
  );
}
