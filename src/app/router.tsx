import { Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from '@/features/home/home-page';
import { lazyPage, type LazyPage } from './lazy-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteErrorBoundary } from './route-error';

const pages = {
  library: lazyPage(() => import('@/features/library/library-page'), 'LibraryPage'),
  exercise: lazyPage(() => import('@/features/library/exercise-page'), 'ExercisePage'),
  routines: lazyPage(() => import('@/features/routines/routine-list-page'), 'RoutineListPage'),
  routine: lazyPage(() => import('@/features/routines/routine-page'), 'RoutinePage'),
  builder: lazyPage(() => import('@/features/routines/builder-page'), 'BuilderPage'),
  player: lazyPage(() => import('@/features/player/player-page'), 'PlayerPage'),
  history: lazyPage(() => import('@/features/history/history-page'), 'HistoryPage'),
  sessionDetail: lazyPage(() => import('@/features/history/session-detail-page'), 'SessionDetailPage'),
  report: lazyPage(() => import('@/features/history/report-page'), 'ReportPage'),
  check: lazyPage(() => import('@/features/pain/check-page'), 'CheckPage'),
  welcome: lazyPage(() => import('@/features/onboarding/onboarding-page'), 'OnboardingPage'),
  data: lazyPage(() => import('@/features/data/data-page'), 'DataPage'),
  settings: lazyPage(() => import('@/features/settings/settings-page'), 'SettingsPage'),
  checkResult: lazyPage(() => import('@/features/checks/check-result-page'), 'CheckResultPage'),
  progress: lazyPage(() => import('@/features/progress/progress-page'), 'ProgressPage'),
  about: lazyPage(() => import('@/features/about/about-page'), 'AboutPage'),
  schedule: lazyPage(() => import('@/features/schedule/schedule-page'), 'SchedulePage'),
  share: lazyPage(() => import('@/features/share/share-page'), 'SharePage'),
  shareOut: lazyPage(() => import('@/features/share/share-out-page'), 'ShareOutPage'),
  programme: lazyPage(() => import('@/features/programme/programme-page'), 'ProgrammePage'),
};

/**
 * Declarative routes (docs/decisions/003): home is in the first bundle for a fast first paint;
 * every other screen is its own chunk, preloaded on the first interaction.
 */
export function AppRoutes() {
  usePreloadOnFirstInteraction();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="exercises" element={<Lazy page={pages.library} />} />
        <Route path="exercises/:exerciseId" element={<Lazy page={pages.exercise} />} />
        <Route path="routines" element={<Lazy page={pages.routines} />} />
        <Route path="routines/new" element={<Lazy page={pages.builder} />} />
        <Route path="routines/:routineId" element={<Lazy page={pages.routine} />} />
        <Route path="routines/:routineId/edit" element={<Lazy page={pages.builder} />} />
        <Route path="session" element={<Lazy page={pages.player} />} />
        <Route path="history" element={<Lazy page={pages.history} />} />
        <Route path="history/:sessionId" element={<Lazy page={pages.sessionDetail} />} />
        <Route path="report" element={<Lazy page={pages.report} />} />
        <Route path="check" element={<Lazy page={pages.check} />} />
        <Route path="welcome" element={<Lazy page={pages.welcome} />} />
        <Route path="data" element={<Lazy page={pages.data} />} />
        <Route path="settings" element={<Lazy page={pages.settings} />} />
        <Route path="checks/:exerciseId" element={<Lazy page={pages.checkResult} />} />
        <Route path="progress" element={<Lazy page={pages.progress} />} />
        <Route path="about" element={<Lazy page={pages.about} />} />
        <Route path="schedule" element={<Lazy page={pages.schedule} />} />
        <Route path="share" element={<Lazy page={pages.share} />} />
        <Route path="routines/:routineId/share" element={<Lazy page={pages.shareOut} />} />
        <Route path="programme" element={<Lazy page={pages.programme} />} />
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

/**
 * Other screens load on the first touch or key press (then navigating is instant, with no Suspense
 * fallback), or after a minute of idling — not during start-up, where parsing them would compete
 * with the first screen.
 */
function usePreloadOnFirstInteraction(): void {
  useEffect(() => {
    const run = () => {
      stop();
      for (const p of Object.values(pages)) p.preload().catch(() => undefined);
    };
    const events = ['pointerdown', 'keydown', 'focusin'] as const;
    const timer = window.setTimeout(run, 60_000);
    const stop = () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, run, true));
    };
    events.forEach((e) => window.addEventListener(e, run, { capture: true, passive: true }));
    return stop;
  }, []);
}
