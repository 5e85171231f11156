import { createBrowserRouter } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** Home is in the first bundle (fast first paint); every other route loads on demand. */
export const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      { index: true, Component: HomePage, handle: { title: 'Home' } },
      {
        path: 'exercises',
        lazy: async () => ({ Component: (await import('@/features/library/library-page')).LibraryPage }),
      },
      {
        path: 'exercises/:exerciseId',
        lazy: async () => ({ Component: (await import('@/features/library/exercise-page')).ExercisePage }),
      },
      {
        path: 'routines',
        lazy: async () => ({ Component: (await import('@/features/routines/routine-list-page')).RoutineListPage }),
      },
      {
        path: 'routines/:routineId',
        lazy: async () => ({ Component: (await import('@/features/routines/routine-page')).RoutinePage }),
      },
      {
        path: 'session',
        lazy: async () => ({ Component: (await import('@/features/player/player-page')).PlayerPage }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('@/features/settings/settings-page')).SettingsPage }),
      },
      {
        path: 'about',
        lazy: async () => ({ Component: (await import('@/features/about/about-page')).AboutPage }),
      },
      { path: '*', Component: NotFound },
    ],
  },
]);
