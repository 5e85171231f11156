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
import type {
  AssessmentRecord,
  ExercisePrefRecord,
  OutcomeActivityRecord,
  OutcomeRatingRecord,
  RedFlagRecord,
  UserRoutineRecord,
} from './records';
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
  outcomes: { activities: OutcomeActivityRecord[]; ratings: OutcomeRatingRecord[] };
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
      assessments: fc.uniqueArray(assessmentArb(at, sessionId), { selector: (a) => a.id, maxLength: 4 }),
      outcomes: outcomesArb(at),
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
          steps: fc.array(
            fc.record(
              {
                exercise: slug,
                holdSeconds: fc.integer({ min: 5, max: 600 }),
                reps: fc.integer({ min: 1, max: 50 }),
                sets: fc.integer({ min: 1, max: 10 }),
                restSeconds: fc.integer({ min: 0, max: 300 }),
                side: fc.constantFrom('each' as const, 'both' as const),
              },
              { requiredKeys: ['exercise'] },
            ),
            { maxLength: 5 },
          ),
          createdAt: at,
          updatedAt: at,
          getReadySeconds: fc.integer({ min: 5, max: 120 }),
          switchSidesSeconds: fc.integer({ min: 3, max: 60 }),
          basedOn: fc.option(slug, { nil: null }),
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
      cues: fc.option(
        fc.record(
          {
            isSoundOn: fc.boolean(),
            isVibrationOn: fc.boolean(),
            isVoiceOn: fc.boolean(),
            isVoiceDecided: fc.boolean(),
            voiceURI: fc.option(fc.string({ minLength: 1, maxLength: 60 }), { nil: null }),
            voiceRate: fc.constantFrom(0.8, 0.9, 1, 1.1, 1.2, 1.3),
          },
          { requiredKeys: [] },
        ),
        { nil: null },
      ),
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

const side = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Any self-check result of any kind, as the check screens write them. */
function assessmentArb(at: fc.Arbitrary<number>, sessionId: fc.Arbitrary<string | null>): fc.Arbitrary<AssessmentRecord> {
  const common = { id: fc.uuid(), at, sessionId, note: text(50) };
  const angle = side(
    fc.record({ degrees: fc.integer({ min: 0, max: 180 }), method: fc.constantFrom('picker' as const, 'phone' as const) }),
  );
  const stanceSide = side(
    fc.record({
      seconds: fc.integer({ min: 0, max: 600 }),
      hipDrop: fc.constantFrom('no' as const, 'a-little' as const, 'clearly' as const, null),
    }),
  );
  return fc.oneof(
    fc.record({
      ...common,
      exerciseId: fc.constantFrom('lying-leg-turn', 'lying-turn-out-check'),
      kind: fc.constant('leg-turn' as const),
      result: fc.record({ direction: fc.constantFrom('in' as const, 'out' as const), left: angle, right: angle }),
    }),
    fc.record({
      ...common,
      exerciseId: fc.constant('single-leg-stance-check'),
      kind: fc.constant('single-leg-stance' as const),
      result: fc.record({ left: stanceSide, right: stanceSide }),
    }),
    fc.record({
      ...common,
      exerciseId: fc.constantFrom('sit-to-stand-check', 'squat-check'),
      kind: fc.constant('knees-cave' as const),
      result: fc.record({
        cave: fc.constantFrom('no' as const, 'left' as const, 'right' as const, 'both' as const, null),
        felt: fc.uniqueArray(fc.constantFrom('front-thigh' as const, 'knee' as const, 'glutes' as const)),
      }),
    }),
  );
}

/** Up to 5 activities and weekly ratings that name only them. */
function outcomesArb(at: fc.Arbitrary<number>): fc.Arbitrary<GeneratedHistory['outcomes']> {
  const activity = fc.record({
    id: fc.uuid(),
    name: text(30).filter((s) => s.length > 0),
    addedAt: at,
    retiredAt: fc.option(at, { nil: null }),
  });
  return fc.uniqueArray(activity, { selector: (a) => a.id, maxLength: 5 }).chain((activities) => {
    const ratings = fc.uniqueArray(
      fc.record({
        weekOf: fc
          .date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2026, 0, 1)), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        at,
        ratings: fc
          .subarray(activities)
          .chain((rated) =>
            fc.tuple(...rated.map((a) => fc.record({ activityId: fc.constant(a.id), score: fc.integer({ min: 0, max: 10 }) }))),
          ),
      }),
      { selector: (r) => r.weekOf, maxLength: 4 },
    );
    return ratings.map((rs) => ({ activities, ratings: rs.map((r) => ({ id: `week:${r.weekOf}`, ...r })) }));
  });
}
