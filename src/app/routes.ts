import { lazyPage } from './lazy-page';

/** Every screen but home is its own chunk (docs/decisions/003), loaded when shown or preloaded before. */
export const pages = {
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

export type PageKey = keyof typeof pages;
