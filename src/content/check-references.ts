import type { ContentError } from './compile';
import type { Exercise, Routine, Source } from './catalog-types';

const MODE_FIELDS = {
  timed: ['seconds', 'sets', 'restSeconds'],
  hold: ['seconds', 'sets', 'restSeconds'],
  reps: ['sets', 'reps', 'repsMax', 'restSeconds'],
} as const;

interface Input {
  exercises: Exercise[];
  routines: Routine[];
  sources: Source[];
  exerciseIds: Set<string>;
  show: (folder: string, fileName: string) => string;
}

const LOAD_RANK = { low: 0, moderate: 1, caution: 2 } as const;
/** A ladder link and the field the exercise it names must point back with. */
const BACK_LINK = { regression: 'progression', progression: 'regression' } as const;

/**
 * Cross-file rules: every id a file names must exist; knee-caution stretches need an alternative;
 * an easier version or knee-sparing alternative never loads the knee more than what it replaces;
 * ladders point both ways, so "easier" and "harder" always lead back to where you were.
 */
export function checkReferences({ exercises, routines, sources, exerciseIds, show }: Input): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  const byId = new Map(exercises.map((e) => [e.id, e]));

  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (seen.has(s.id)) errors.push({ file: 'content/sources.json', field: `${i}.id`, message: `duplicate id "${s.id}"` });
    seen.add(s.id);
  });

  for (const ex of exercises) {
    const file = show('exercises', `${ex.id}.md`);
    for (const field of ['regression', 'progression', 'alternative'] as const) {
      const target = ex[field];
      if (target === undefined) continue;
      if (target === ex.id) errors.push({ file, field, message: 'must not point at the exercise itself' });
      else if (!exerciseIds.has(target)) errors.push({ file, field, message: `unknown exercise id "${target}"` });
    }
    ex.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ file, field: `sources.${i}`, message: `unknown source id "${id}"` });
    });
    ex.whyForKnee.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push({ file, field: `whyForKnee.sources.${i}`, message: `unknown source id "${id}"` });
    });
    errors.push(...ladderErrors(ex, byId, file));
    if (ex.kneeLoad === 'caution') {
      const alt = ex.alternative === undefined ? undefined : byId.get(ex.alternative);
      if (ex.alternative === undefined) {
        errors.push({ file, field: 'alternative', message: 'a knee-caution exercise must name a knee-sparing alternative' });
      } else if (alt?.kneeLoad === 'caution') {
        errors.push({ file, field: 'alternative', message: `"${alt.id}" is itself knee-caution; pick a knee-sparing one` });
      }
    }
  }

  for (const routine of routines) {
    const file = show('routines', `${routine.id}.json`);
    routine.steps.forEach((step, i) => {
      const ex = byId.get(step.exercise);
      if (!ex) {
        if (!exerciseIds.has(step.exercise)) {
          errors.push({ file, field: `steps.${i}.exercise`, message: `unknown exercise id "${step.exercise}"` });
        }
        return;
      }
      const allowed: readonly string[] = MODE_FIELDS[ex.dosage.mode];
      for (const key of Object.keys(step.dosage ?? {})) {
        if (!allowed.includes(key)) {
          errors.push({
            file,
            field: `steps.${i}.dosage.${key}`,
            message: `"${ex.id}" is dosed by ${ex.dosage.mode}; ${key} does not apply`,
          });
        }
      }
    });
  }
  return errors;
}

function ladderErrors(ex: Exercise, byId: Map<string, Exercise>, file: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const field of ['regression', 'alternative'] as const) {
    const target = ex[field] === undefined ? undefined : byId.get(ex[field]);
    if (target && LOAD_RANK[target.kneeLoad] > LOAD_RANK[ex.kneeLoad]) {
      errors.push({ file, field, message: `"${target.id}" is rated ${target.kneeLoad} knee load, more than this exercise (${ex.kneeLoad})` });
    }
  }
  for (const field of ['regression', 'progression'] as const) {
    const target = ex[field] === undefined ? undefined : byId.get(ex[field]);
    const back = BACK_LINK[field];
    if (target && target[back] !== ex.id) {
      errors.push({ file, field, message: `"${target.id}" must name "${ex.id}" as its ${back}, so the ladder points both ways` });
    }
  }
  return errors;
}
