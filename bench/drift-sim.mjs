import { withTsModules } from './load-ts.mjs';

/**
 * A 30-minute session through the real engine with a simulated clock: the UI asks `stateAt` on
 * each tick — every 200 ms (±50) while visible, every 1 s when hidden, once a minute after five
 * hidden minutes (Chrome's intensive throttling) — with pauses. For every step change we derive
 * the boundary the engine reports (tick time − elapsed in the new step) and compare it with the
 * plan's boundary (sum of durations + paused time). Deterministic (seeded jitter).
 */
export async function simulatedDrift() {
  return withTsModules(async (load) => {
    const { stateAt } = await load('/src/domain/session/state-at.ts');
    const base = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' };
    const steps = Array.from({ length: 72 }, (_, i) => ({
      ...base,
      type: 'work',
      mode: 'hold',
      side: 'both',
      set: 1,
      sets: 1,
      durationMs: 20_000 + (i % 7) * 1_000 + 137,
    }));
    const plan = { routineId: 'bench', routineName: 'Bench', steps };
    const totalMs = steps.reduce((s, x) => s + x.durationMs, 0);
    const T0 = 1_700_000_000_000;
    const pauses = [
      [5 * 60_000 + 333, 45_000],
      [17 * 60_000 + 71, 120_000],
    ]; // [at active ms, length]
    // Events as the player stamps them: seq in log order; pause/resume apply whatever the step.
    const events = [{ type: 'start', at: T0, seq: 0, step: 0 }];
    let paused = 0;
    for (const [at, len] of pauses) {
      const seq = events.length;
      events.push(
        { type: 'pause', at: T0 + at + paused, seq, step: 0 },
        { type: 'resume', at: T0 + at + paused + len, seq: seq + 1, step: 0 },
      );
      paused += len;
    }
    const end = T0 + totalMs + paused;
    // planned boundary of step i (wall time), accounting for pauses before it
    const planned = [];
    let active = 0;
    for (const s of steps) {
      active += s.durationMs;
      const before = pauses.filter(([at]) => at < active).reduce((sum, [, len]) => sum + len, 0);
      planned.push(T0 + active + before);
    }
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const run = (mode) => {
      let t = T0;
      let prev = 0;
      const errors = [];
      let finishError = null;
      while (t <= end + 61_000) {
        const s = stateAt(plan, events, t);
        // While paused, elapsed time is banked, so tick − elapsed is not the step's start: wait for running.
        if (s.stepIndex !== prev && s.status !== 'paused') {
          const boundary = s.status === 'finished' ? s.finishedAt : t - s.elapsedMs;
          errors.push(Math.abs(boundary - planned[s.stepIndex - 1]));
          if (s.status === 'finished') {
            finishError = Math.abs(s.finishedAt - end);
            break;
          }
          prev = s.stepIndex;
        }
        const hiddenFor = t - T0;
        t += mode === 'visible' ? 150 + rand() * 100 : hiddenFor > 5 * 60_000 ? 60_000 : 1_000;
      }
      return { maxBoundaryErrorMs: Math.max(...errors), finishErrorMs: finishError, boundaries: errors.length };
    };
    return { minutes: Math.round((totalMs + paused) / 60_000), visible: run('visible'), hidden: run('hidden') };
  });
}
