import { describe, expect, it } from 'vitest';
import type { SessionStatus } from './state-at';
import { isUpdateTime } from './update-timing';

describe('isUpdateTime', () => {
  it.each<[SessionStatus, boolean]>([
    ['notStarted', true],
    ['running', false],
    ['paused', true],
    ['finished', true],
  ])('%s → %s', (status, expected) => {
    expect(isUpdateTime({ status })).toBe(expected);
  });
});
