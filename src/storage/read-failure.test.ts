import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportReadFailure } from './read-failure';

describe('reportReadFailure', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['a bug (a TypeError)', new TypeError('x is undefined'), 1],
    ['a chunk that failed to load', new Error('Failed to fetch dynamically imported module'), 1],
    ['a full disk (the banner says so)', Object.assign(new Error('full'), { name: 'QuotaExceededError' }), 0],
    [
      'storage refused, wrapped by Dexie',
      Object.assign(new Error('open'), { name: 'OpenFailedError', inner: { name: 'SecurityError' } }),
      0,
    ],
  ])('%s is logged %i time(s)', (_, error, times) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportReadFailure('the schedule')(error);
    expect(log).toHaveBeenCalledTimes(times);
    if (times) expect(log.mock.calls[0]?.[0]).toBe('Kneewise could not read the schedule:');
  });
});
