/** Readers for the small tables of a backup. Each copies known fields into a fresh object. */
import type { Knee, KneeLocation, PainPhase } from '@/domain/pain/types';
import { decimal, id, list, object, oneOf, orNull, text, timestamp, valuesOf, wholeNumber, type Reader } from './backup-guards';
import { settingValue } from './backup-json';
import type { AssessmentRecord, ExercisePrefRecord, PainCheckRecord, SettingRecord, UserRoutineRecord } from './records';

const knee = oneOf(valuesOf<Knee>({ left: true, right: true }));
const location = oneOf(valuesOf<KneeLocation>({ inner: true, outer: true, front: true, back: true, diffuse: true }));
const phase = oneOf(
  valuesOf<PainPhase>({ before: true, 'after-exercise': true, 'after-session': true, 'next-morning': true, 'ad-hoc': true }),
);
const prefAction = oneOf(valuesOf<ExercisePrefRecord['action']>({ swap: true, 'lower-dose': true, skip: true }));
const note = text(2_000, { canBeEmpty: true });
/** Leg-turn angles in degrees; a full turn either way is already impossible for a hip. */
const degrees = orNull(decimal(-360, 360));

export const painCheck: Reader<PainCheckRecord> = (value, path) => {
  const o = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    id: id(o.id, at('id')),
    at: timestamp(o.at, at('at')),
    sessionId: orNull(id)(o.sessionId, at('sessionId')),
    exerciseId: orNull(id)(o.exerciseId, at('exerciseId')),
    phase: phase(o.phase, at('phase')),
    knee: knee(o.knee, at('knee')),
    score: wholeNumber(0, 10)(o.score, at('score')),
    locations: list(5, location)(o.locations, at('locations')),
    note: note(o.note, at('note')),
  };
};

export const assessment: Reader<AssessmentRecord> = (value, path) => {
  const o = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    id: id(o.id, at('id')),
    at: timestamp(o.at, at('at')),
    exerciseId: id(o.exerciseId, at('exerciseId')),
    left: degrees(o.left, at('left')),
    right: degrees(o.right, at('right')),
    finding: text(200, { canBeEmpty: true })(o.finding, at('finding')),
    note: note(o.note, at('note')),
  };
};

export const exercisePref: Reader<ExercisePrefRecord> = (value, path) => {
  const o = object(value, path);
  const at = (key: string) => `${path}.${key}`;
  return {
    exerciseId: id(o.exerciseId, at('exerciseId')),
    action: prefAction(o.action, at('action')),
    swapTo: orNull(id)(o.swapTo, at('swapTo')),
    decidedAt: timestamp(o.decidedAt, at('decidedAt')),
    painCheckId: orNull(id)(o.painCheckId, at('painCheckId')),
  };
};

const routineStep: Reader<{ exercise: string }> = (value, path) => ({ exercise: id(object(value, path).exercise, `${path}.exercise`) });

export const routine: Reader<UserRoutineRecord> = (value, path) => {
  const o = object(value, path);
  return {
    id: id(o.id, `${path}.id`),
    name: text(200)(o.name, `${path}.name`),
    steps: list(200, routineStep)(o.steps, `${path}.steps`),
    createdAt: timestamp(o.createdAt, `${path}.createdAt`),
  };
};

export const setting: Reader<SettingRecord> = (value, path) => {
  const o = object(value, path);
  return { key: id(o.key, `${path}.key`), value: settingValue(o.value, `${path}.value`) };
};
