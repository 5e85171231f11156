import { describe, expect, it } from 'vitest';
import { PRELOAD_ORDER, ROUTES, pageForPath, preloadOrder } from './route-table';

describe('pageForPath', () => {
  it.each([
    ['/session', 'player'],
    ['/session/', 'player'],
    ['/exercises', 'library'],
    ['/exercises/ninety-ninety', 'exercise'],
    ['/routines', 'routines'],
    ['/routines/new', 'builder'],
    ['/routines/daily-hip-release', 'routine'],
    ['/routines/daily-hip-release/edit', 'builder'],
    ['/routines/daily-hip-release/share', 'shareOut'],
    ['/history', 'history'],
    ['/history/abc-123', 'sessionDetail'],
    ['/checks/hip-rotation-check', 'checkResult'],
    ['/check', 'check'],
    ['/settings', 'settings'],
    ['/programme', 'programme'],
    ['/', null],
    ['/no-such-page', null],
    ['/history/abc/extra', null],
  ] as const)('%s → %s', (path, page) => {
    expect(pageForPath(path)).toBe(page);
  });
});

describe('preloadOrder', () => {
  it('covers every lazy screen exactly once', () => {
    expect([...PRELOAD_ORDER].sort()).toEqual([...new Set(ROUTES.map((r) => r.page))].sort());
  });

  it.each([
    [null, PRELOAD_ORDER],
    ['player', PRELOAD_ORDER],
    ['schedule', ['schedule', ...PRELOAD_ORDER.filter((p) => p !== 'schedule')]],
    ['history', ['history', ...PRELOAD_ORDER.filter((p) => p !== 'history')]],
  ] as const)('first %s', (first, expected) => {
    expect(preloadOrder(first)).toEqual(expected);
  });

  it('a short order keeps its own sequence behind the first', () => {
    expect(preloadOrder('about', ['player', 'about', 'check'])).toEqual(['about', 'player', 'check']);
  });
});
