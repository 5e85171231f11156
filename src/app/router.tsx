import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteErrorBoundary } from './route-error';

/** Lazy-load a named export: features use named exports only. */
function page<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LibraryPage = page(() => import('@/features/library/library-page'), 'LibraryPage');
const ExercisePage = page(() => import('@/features/library/exercise-page'), 'ExercisePage');
const RoutineListPage = page(() => import('@/features/routines/routine-list-page'), 'RoutineListPage');
const RoutinePage = page(() => import('@/features/routines/routine-page'), 'RoutinePage');
const PlayerPage = page(() => import('@/features/player/player-page'), 'PlayerPage');
const SettingsPage = page(() => import('@/features/settings/settings-page'), 'SettingsPage');
const AboutPage = page(() => import('@/features/about/about-page'), 'AboutPage');

/**
 * Declarative routes (see docs/decisions/003): home is in the first bundle for a fast first paint;
 * every other screen loads on demand and is precached by the service worker for offline use.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="exercises" element={<Lazy page={LibraryPage} />} />
        <Route path="exercises/:exerciseId" element={<Lazy page={ExercisePage} />} />
        <Route path="routines" element={<Lazy page={RoutineListPage} />} />
        <Route path="routines/:routineId" element={<Lazy page={RoutinePage} />} />
        <Route path="session" element={<Lazy page={PlayerPage} />} />
        <Route path="settings" element={<Lazy page={SettingsPage} />} />
        <Route path="about" element={<Lazy page={AboutPage} />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Page />
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
