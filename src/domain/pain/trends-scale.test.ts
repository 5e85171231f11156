import { describe, expect, it } from 'vitest';
import { stateAt } from '@/domain/session/state-at';
import { makeHistory } from '../../../tests/fixtures/make-history';
import { dailyPain, kneeImpact, weekAdherence } from './trends';

const DAY = 86_400_000;
const END_AT = Date.UTC(2025, 5, 1, 12);
const dayStartOf = (t: number) => Math.floor(t / DAY) * DAY;

describe('makeHistory (the fixture) at three-year scale', () => {
  const history = makeHistory({ sessions: 1_100, painChecks: 20_000, endAt: END_AT, seed: 7, days: 1_095 });

  it('gives exactly what was asked, deterministically', () => {
    expect(history.sessions).toHaveLength(1_100);
    expect(history.painChecks).toHaveLength(20_000);
    const again = makeHistory({ sessions: 1_100, painChecks: 20_000, endAt: END_AT, seed: 7, days: 1_095 });
    expect(again.painChecks[12_345]).toEqual(history.painChecks[12_345]);
    expect(makeHistory({ sessions: 10, painChecks: 50, endAt: END_AT, seed: 8 }).painChecks[0]).not.toEqual(history.painChecks[0]);
  });

  it('stores sessions the engine replays to the same outcome and end', () => {
    for (const s of history.sessions.slice(0, 200)) {
      const state = stateAt(s.plan, s.events, s.endedAt ?? 0);
      expect(state.status).toBe('finished');
      expect(state.finishedAt).toBe(s.endedAt);
      expect(state.isEndedEarly).toBe(s.isEndedEarly);
      expect(state.outcomes.map((o) => o ?? null)).toEqual(s.outcomes);
    }
  });

  it('keeps everything before endAt, sessions apart and checks in order', () => {
    expect(history.painChecks.every((c, i, all) => c.at < END_AT && (i === 0 || (all[i - 1]?.at ?? 0) <= c.at))).toBe(true);
    expect(history.sessions.every((s, i, all) => i === 0 || (all[i - 1]?.endedAt ?? 0) < s.startedAt)).toBe(true);
  });

  it('is realistic enough to show something: the butterfly stretch hurts the knee most', () => {
    const impact = kneeImpact(history.painChecks, history.sessions);
    expect(impact[0]?.exerciseId).toBe('butterfly-stretch');
    expect(impact[0]?.redCount).toBeGreaterThan(0);
  });

  // Speed is the bench's (npm run bench: History at three years); here, that the sums hold at scale.
  it('counts every left-knee check once in the daily series, days in order, and the last week', () => {
    const days = dailyPain(history.painChecks, 'left', dayStartOf);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(history.painChecks.filter((c) => c.knee === 'left').length);
    expect(days.every((d, i) => i === 0 || (days[i - 1]?.dayStart ?? 0) < d.dayStart)).toBe(true);
    const week = weekAdherence(history.sessions, END_AT - 7 * DAY, 5, END_AT);
    expect(week.target).toBe(5);
    expect(week.finished).toBeLessThanOrEqual(history.sessions.filter((s) => s.startedAt >= END_AT - 7 * DAY).length);
  });
});
