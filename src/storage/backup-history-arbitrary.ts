/**
 * Random VALID histories for property tests, as the app would write them: at most one session
 * in progress, event logs numbered 0, 1, 2, … and never going back in time, every time before
 * `endAt`. Test-only (imported by backup-roundtrip.test.ts); fast-check is a dev dependency.
 */
import fc from 'fast-check';
import { RED_FLAGS } from '@/domain/pain/red-flags';
import type { PainCheck } from '@/domain/pain/types';
import type { SessionEventType } from '@/domain/session/events';
import type { Plan } from '@/domain/session/plan-types';
import { FAKE_PLANS } from '../../tests/fixtures/make-history';
import type { AssessmentRecord, ExercisePrefRecord, RedFlagRecord, UserRoutineRecord } from './records';
import type { CueSettings, KneeProfile } from './settings-repo';

const YEAR = 365 * 24 * 3_600_000;
const EVENT_TYPES: SessionEventType[] = ['start', 'pause', 'resume', 'skip', 'back', 'extend', 'complete', 'end'];

export interface GeneratedEvent {
  type: SessionEventType;
  at: number;
  seq: number;
  step: number;
  ms?: number;
}
export interface GeneratedSession {
  id: string;
  plan: Plan;
  startedAt: number;
  events: GeneratedEvent[];
  /** Null while still in progress. */
  finish: { endedAt: number; outcomes: ('done' | 'skipped' | null)[] } | null;
}
export interface GeneratedHistory {
  sessions: GeneratedSession[];
  painChecks: PainCheck[];
  assessments: AssessmentRecord[];
  prefs: ExercisePrefRecord[];
  routines: UserRoutineRecord[];
  redFlags: RedFlagRecord[];
  cues: Partial<CueSettings> | null;
  profile: KneeProfile | null;
  onboardedAt: number | null;
}

const text = (max: number) => fc.string({ maxLength: max });
const slug = fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}$/);

function sessionArb(i: number, from: number, isActive: boolean): fc.Arbitrary<GeneratedSession> {
  return fc
    .record({
      plan: fc.constantFrom(...FAKE_PLANS),
      startOffset: fc.integer({ min: 0, max: 24 * 3_600_000 }),
      gaps: fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 30 }),
      types: fc.array(fc.constantFrom(...EVENT_TYPES), { maxLength: 30 }),
      steps: fc.array(fc.nat(), { maxLength: 30 }),
      ms: fc.integer({ min: 1, max: 3_600_000 }),
      tail: fc.integer({ min: 0, max: 3_600_000 }),
      outcomes: fc.array(fc.constantFrom('done' as const, 'skipped' as const, null), { maxLength: 40 }),
    })
    .map(({ plan, startOffset, gaps, types, steps, ms, tail, outcomes }) => {
      const startedAt = from + startOffset;
      let at = startedAt;
      const events: GeneratedEvent[] = gaps.map((gap, seq) => {
        at += gap;
        const type = seq === 0 ? 'start' : (types[seq] ?? 'complete');
        const step = seq === 0 ? 0 : (steps[seq] ?? 0) % plan.steps.length;
        return type === 'extend' ? { type, at, seq, step, ms } : { type, at, seq, step };
      });
      const finish = isActive ? null : { endedAt: at + tail, outcomes: outcomes.slice(0, plan.steps.length) };
      return { id: `session-${i}`, plan, startedAt, events, finish };
    });
}

/** Sessions a day apart (each lasts under a day), all within a year before `endAt`. */
export function historyArb(endAt: number): fc.Arbitrary<GeneratedHistory> {
  const from = endAt - YEAR;
  const at = fc.integer({ min: from, max: endAt - 1 });
  return fc.record({ count: fc.integer({ min: 0, max: 5 }), isLastActive: fc.boolean() }).chain(({ count, isLastActive }) => {
    const sessions = fc.tuple(
      ...Array.from({ length: count }, (_, i) => sessionArb(i, from + i * 2 * 86_400_000, isLastActive && i === count - 1)),
    );
    const sessionId = fc.constantFrom<string | null>(null, ...Array.from({ length: count }, (_, i) => `session-${i}`));
    return fc.record({
      sessions,
      painChecks: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          at,
          sessionId,
          exerciseId: fc.option(slug, { nil: null }),
          phase: fc.constantFrom('before', 'after-exercise', 'after-session', 'next-morning', 'ad-hoc'),
          knee: fc.constantFrom('left', 'right'),
          score: fc.integer({ min: 0, max: 10 }),
          locations: fc.uniqueArray(fc.constantFrom('inner', 'outer', 'front', 'back', 'diffuse'), { maxLength: 5 }),
          note: text(200),
        }),
        { selector: (c) => c.id, maxLength: 12 },
      ),
      assessments: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          at,
          exerciseId: slug,
          // JSON has no -0 (it is written as 0), and no angle means "minus zero degrees".
          left: fc.option(
            fc.double({ min: -360, max: 360, noNaN: true }).map((x) => x + 0),
            { nil: null },
          ),
          right: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
          finding: text(20),
          note: text(50),
        }),
        { selector: (a) => a.id, maxLength: 3 },
      ),
      prefs: fc.uniqueArray(
        fc.record({
          exerciseId: slug,
          action: fc.constantFrom('swap', 'lower-dose', 'skip'),
          swapTo: fc.option(slug, { nil: null }),
          decidedAt: at,
          painCheckId: fc.constant(null),
        }),
        { selector: (p) => p.exerciseId, maxLength: 3 },
      ),
      routines: fc.uniqueArray(
        fc.record({
          id: slug,
          name: text(30).filter((s) => s.length > 0),
          steps: fc.array(fc.record({ exercise: slug }), { maxLength: 5 }),
          createdAt: at,
        }),
        { selector: (r) => r.id, maxLength: 2 },
      ),
      redFlags: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          at,
          flags: fc.uniqueArray(fc.constantFrom(...RED_FLAGS.map((f) => f.id)), { minLength: 1 }),
          source: fc.constantFrom('onboarding', 'session', 'check'),
          sessionId,
          clearedAt: fc.option(at, { nil: null }),
        }),
        { selector: (f) => f.id, maxLength: 3 },
      ),
      cues: fc.option(fc.record({ isSoundOn: fc.boolean(), isVibrationOn: fc.boolean(), isVoiceOn: fc.boolean() }, { requiredKeys: [] }), {
        nil: null,
      }),
      profile: fc.option(
        fc.record({
          knees: fc.uniqueArray(fc.constantFrom('left', 'right'), { minLength: 1 }),
          location: fc.constantFrom('inner', 'outer', 'front', 'back', 'diffuse', null),
          completedAt: at,
        }),
        { nil: null },
      ),
      onboardedAt: fc.option(at, { nil: null }),
    });
  });
}
