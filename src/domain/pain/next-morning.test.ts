import { describe, expect, it } from 'vitest';
import { isMorningCheckDue } from './next-morning';

const Y = 1_000_000; // yesterday's midnight
const T = Y + 86_400_000; // today's midnight
const session = (endedAt: number, extra: { isEndedEarly?: boolean; hasMorningCheck?: boolean } = {}) => ({
  endedAt,
  isEndedEarly: false,
  hasMorningCheck: false,
  ...extra,
});

describe('isMorningCheckDue', () => {
  it.each([
    ['no session yet', undefined, false],
    ['a session yesterday evening', session(T - 3_600_000), true],
    ['a session just after yesterday’s midnight', session(Y), true],
    ['a session earlier today', session(T + 1), false],
    ['a session two days ago', session(Y - 1), false],
    ['yesterday’s session ended early', session(T - 3_600_000, { isEndedEarly: true }), false],
    ['already checked this morning', session(T - 3_600_000, { hasMorningCheck: true }), false],
  ])('%s → %s', (_name, last, expected) => {
    expect(isMorningCheckDue(last, Y, T)).toBe(expected);
  });
});
