import { matchRoutes } from 'react-router';
import type { PageKey } from './routes';

/** The lazy screens' paths, in the router's terms; one list for the router and the preloader. */
export const ROUTES: readonly { path: string; page: PageKey }[] = [
  { path: 'exercises', page: 'library' },
  { path: 'exercises/:exerciseId', page: 'exercise' },
  { path: 'routines', page: 'routines' },
  { path: 'routines/new', page: 'builder' },
  { path: 'routines/:routineId', page: 'routine' },
  { path: 'routines/:routineId/edit', page: 'builder' },
  { path: 'routines/:routineId/share', page: 'shareOut' },
  { path: 'session', page: 'player' },
  { path: 'history', page: 'history' },
  { path: 'history/:sessionId', page: 'sessionDetail' },
  { path: 'report', page: 'report' },
  { path: 'check', page: 'check' },
  { path: 'welcome', page: 'welcome' },
  { path: 'data', page: 'data' },
  { path: 'settings', page: 'settings' },
  { path: 'checks/:exerciseId', page: 'checkResult' },
  { path: 'progress', page: 'progress' },
  { path: 'about', page: 'about' },
  { path: 'schedule', page: 'schedule' },
  { path: 'share', page: 'share' },
  { path: 'programme', page: 'programme' },
];

const PAGE_OF_PATH = new Map(ROUTES.map((r) => [r.path, r.page]));
// The router's own matching (ranking, params, trailing slashes), so a link preloads what it will show.
const MATCHABLE = [{ path: '/', children: [...ROUTES.map((r) => ({ path: r.path })), { path: '*' }] }];

/** The lazy screen a path shows; null for home or an unknown path. */
export function pageForPath(pathname: string): PageKey | null {
  const leaf = matchRoutes(MATCHABLE, pathname)?.at(-1)?.route.path;
  return leaf === undefined ? null : (PAGE_OF_PATH.get(leaf) ?? null);
}

/**
 * The order screens are preloaded in after the first interaction: the one the user is heading for
 * first, then the screens people open most from home, the heavy and rare ones last.
 */
export const PRELOAD_ORDER: readonly PageKey[] = [
  'player',
  'routine',
  'check',
  'routines',
  'library',
  'exercise',
  'history',
  'sessionDetail',
  'about',
  'settings',
  'progress',
  'welcome',
  'programme',
  'checkResult',
  'report',
  'share',
  'shareOut',
  'data',
  'builder',
  'schedule',
];

/** `first` (if any), then every other screen once, in PRELOAD_ORDER. */
export function preloadOrder(first: PageKey | null, order: readonly PageKey[] = PRELOAD_ORDER): PageKey[] {
  const rest = order.filter((key) => key !== first);
  return first ? [first, ...rest] : rest;
}
