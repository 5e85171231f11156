/** Reads one session of a backup: its plan snapshot (every step type) and its event log. */
import type { ExerciseKind } from '@/content/catalog-types';
import type { SessionEvent, SessionEventType } from '@/domain/session/events';
import type { Plan, PlanStep, Side } from '@/domain/session/plan-types';
import {
  boolean,
  durationMs,
  id,
  list,
  object,
  oneOf,
  orNull,
  refuse,
  text,
  timestamp,
  tuple2,
  valuesOf,
  wholeNumber,
  type Reader,
} from './backup-guards';
import type { SessionRecord } from './records';

const kind = oneOf(valuesOf<ExerciseKind>({ release: true, stretch: true, strengthen: true, assess: true }));
const side = oneOf(valuesOf<Side>({ left: true, right: true, both: true }));
const stepType = oneOf(valuesOf<PlanStep['type']>({ prepare: true, work: true, reps: true, rest: true, switch: true, painCheck: true }));
const eventType = oneOf(
  valuesOf<SessionEventType>({ start: true, pause: true, resume: true, skip: true, back: true, extend: true, complete: true, end: true }),
);
const checkPhase = oneOf(['before', 'after-exercise', 'after-session'] as const);
const workMode = oneOf(['timed', 'hold'] as const);
const outcome = orNull(oneOf(['done', 'skipped'] as const));
const name = text(200);
const setNumber = wholeNumber(1, 100);

const step: Reader<PlanStep> = (value, path) => {
  const o = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  const type = stepType(o.type, at('type'));
  if (type === 'painCheck') {
    return {
      type,
      phase: checkPhase(o.phase, at('phase')),
      exerciseId: orNull(id)(o.exerciseId, at('exerciseId')),
      exerciseName: orNull(name)(o.exerciseName, at('exerciseName')),
      kind: orNull(kind)(o.kind, at('kind')),
      estimateMs: durationMs(o.estimateMs, at('estimateMs')),
    };
  }
  const base = {
    exerciseId: id(o.exerciseId, at('exerciseId')),
    exerciseName: name(o.exerciseName, at('exerciseName')),
    kind: kind(o.kind, at('kind')),
  };
  switch (type) {
    case 'prepare':
    case 'rest':
      return { ...base, type, durationMs: durationMs(o.durationMs, at('durationMs')) };
    case 'switch':
      return { ...base, type, to: side(o.to, at('to')), durationMs: durationMs(o.durationMs, at('durationMs')) };
    case 'work': {
      const sets = { set: setNumber(o.set, at('set')), sets: setNumber(o.sets, at('sets')) };
      const work = {
        ...base,
        type,
        mode: workMode(o.mode, at('mode')),
        side: side(o.side, at('side')),
        ...sets,
        durationMs: durationMs(o.durationMs, at('durationMs')),
      };
      return o.spotSeconds === undefined ? work : { ...work, spotSeconds: tuple2(wholeNumber(1, 600))(o.spotSeconds, at('spotSeconds')) };
    }
    case 'reps': {
      const reps = {
        ...base,
        type,
        side: side(o.side, at('side')),
        set: setNumber(o.set, at('set')),
        sets: setNumber(o.sets, at('sets')),
        reps: wholeNumber(1, 1_000)(o.reps, at('reps')),
        tempo: text(100, { canBeEmpty: true })(o.tempo, at('tempo')),
        estimateMs: durationMs(o.estimateMs, at('estimateMs')),
      };
      return o.repsMax === undefined ? reps : { ...reps, repsMax: wholeNumber(1, 1_000)(o.repsMax, at('repsMax')) };
    }
  }
};

const plan: Reader<Plan> = (value, path) => {
  const o = object(value, path);
  return {
    routineId: id(o.routineId, `${path}.routineId`),
    routineName: name(o.routineName, `${path}.routineName`),
    steps: list(2_000, step)(o.steps, `${path}.steps`),
  };
};

const event: Reader<SessionEvent> = (value, path) => {
  const o = object(value, path);
  const type = eventType(o.type, `${path}.type`);
  const at = timestamp(o.at, `${path}.at`);
  return type === 'extend' ? { type, at, ms: wholeNumber(1, 3_600_000)(o.ms, `${path}.ms`) } : { type, at };
};

/** The engine derives the current step by replaying events in order, so order is part of validity. */
const events: Reader<SessionEvent[]> = (value, path) => {
  const read = list(10_000, event)(value, path);
  read.forEach((e, i) => {
    const before = read[i - 1];
    if (before && e.at < before.at)
      refuse(`${path}[${i}].at`, `is earlier than the event before it: a session's events must be in time order`);
  });
  return read;
};

export const session: Reader<SessionRecord> = (value, path) => {
  const o = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  const snapshot = plan(o.plan, at('plan'));
  const record: SessionRecord = {
    id: id(o.id, at('id')),
    routineId: id(o.routineId, at('routineId')),
    routineName: name(o.routineName, at('routineName')),
    plan: snapshot,
    events: events(o.events, at('events')),
    status: oneOf(['active', 'finished'] as const)(o.status, at('status')),
    startedAt: timestamp(o.startedAt, at('startedAt')),
    lastSeenAt: timestamp(o.lastSeenAt, at('lastSeenAt')),
    endedAt: orNull(timestamp)(o.endedAt, at('endedAt')),
    // One outcome per step at most: the player writes exactly one per step of the plan.
    outcomes: orNull(list(snapshot.steps.length, outcome))(o.outcomes, at('outcomes')),
  };
  if (o.isEndedEarly !== undefined) record.isEndedEarly = boolean(o.isEndedEarly, at('isEndedEarly'));
  return record;
};
