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

  // A quick timing, quoted in the notes; the bound is generous so a slow CI box doesn't flake.
  it('computes the trends over 20,000 checks quickly', () => {
    const time = (f: () => unknown) => {
      f();
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) f();
      return (performance.now() - t0) / 5;
    };
    const dailyMs = time(() => dailyPain(history.painChecks, 'left', dayStartOf));
    const localDailyMs = time(() => dailyPain(history.painChecks, 'left', (t) => new Date(t).setHours(0, 0, 0, 0)));
    const impactMs = time(() => kneeImpact(history.painChecks, history.sessions));
    const adherenceMs = time(() => weekAdherence(history.sessions, END_AT - 7 * DAY, 5));
    console.info(
      `trends on 20,000 checks / 1,100 sessions: dailyPain ${dailyMs.toFixed(2)} ms (local midnight ${localDailyMs.toFixed(2)} ms), kneeImpact ${impactMs.toFixed(2)} ms, weekAdherence ${adherenceMs.toFixed(3)} ms`,
    );
    expect(dailyMs + localDailyMs + impactMs).toBeLessThan(200);
  });
});
