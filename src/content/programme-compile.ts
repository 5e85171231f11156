/**
 * Build-time compile step for `content/programmes/`: validates each programme against its schema and
 * against the catalogue — the routines it names, the sources it cites, and ladders that follow the
 * exercises' own regression/progression links, one ladder per strength exercise of its strength routine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Catalog, Exercise } from './catalog-types';
import type { ContentError } from './compile';
import { programmeFile, type LadderFile, type ProgrammeFile } from './programme-schema.ts';

export type ProgrammeCompileResult = { ok: true; programmes: ProgrammeFile[] } | { ok: false; errors: ContentError[] };

/** Compile every programme in `<root>/programmes` against an already compiled catalogue. */
export function compileProgrammes(root: string, catalog: Catalog): ProgrammeCompileResult {
  const dir = join(root, 'programmes');
  const errors: ContentError[] = [];
  const programmes: ProgrammeFile[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const name of files) {
    const file = `content/programmes/${name}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      errors.push({ file, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = programmeFile.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, field: issue.path.join('.') || '(file)', message: issue.message });
      continue;
    }
    if (parsed.data.id !== basename(name, '.json')) errors.push({ file, field: 'id', message: 'must match the file name' });
    errors.push(...programmeErrors(parsed.data, catalog).map((e) => ({ file, ...e })));
    programmes.push(parsed.data);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, programmes };
}

type FieldError = Omit<ContentError, 'file'>;

export function programmeErrors(p: ProgrammeFile, catalog: Catalog): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(catalog.exercises.map((e) => [e.id, e]));
  const sourceIds = new Set(catalog.sources.map((s) => s.id));
  const routines = new Map(catalog.routines.map((r) => [r.id, r]));
  for (const [role, id] of Object.entries(p.routines)) {
    if (!routines.has(id)) errors.push({ field: `routines.${role}`, message: `unknown routine id "${id}"` });
  }
  [...p.why, p.progression].forEach((line, i) =>
    line.sources.forEach((s) => {
      if (!sourceIds.has(s)) errors.push({ field: i < p.why.length ? `why.${i}.sources` : 'progression.sources', message: `unknown source id "${s}"` });
    }),
  );
  if (p.rhythm.some((d, i) => d === 'strength' && p.rhythm[(i + 1) % 7] === 'strength')) {
    errors.push({ field: 'rhythm', message: 'strength days must not follow each other' });
  }
  const levelIds = new Set<string>();
  p.ladders.forEach((ladder, li) => {
    errors.push(...ladderErrors(ladder, byId).map((e) => ({ ...e, field: `ladders.${li}.${e.field}` })));
    ladder.levels.forEach((l, i) => {
      if (levelIds.has(l.id)) errors.push({ field: `ladders.${li}.levels.${i}.id`, message: `duplicate level id "${l.id}"` });
      levelIds.add(l.id);
    });
  });
  const strength = routines.get(p.routines.strength);
  for (const step of strength?.steps ?? []) {
    if (byId.get(step.exercise)?.kind !== 'strengthen') continue;
    const ladders = p.ladders.filter((l) => l.levels.find((v) => v.id === l.base)?.exercise === step.exercise);
    if (ladders.length !== 1) {
      errors.push({ field: 'ladders', message: `"${step.exercise}" (in ${p.routines.strength}) needs exactly one ladder based on it, has ${ladders.length}` });
    }
  }
  return errors;
}

/** A ladder climbs by reps first, then to the exercise's own progression; every rung is a strength exercise dosed in reps. */
function ladderErrors(ladder: LadderFile, byId: Map<string, Exercise>): FieldError[] {
  const errors: FieldError[] = [];
  if (!ladder.levels.some((l) => l.id === ladder.base)) errors.push({ field: 'base', message: `"${ladder.base}" is not one of its levels` });
  ladder.levels.forEach((level, i) => {
    const field = `levels.${i}`;
    const ex = byId.get(level.exercise);
    if (!ex) return errors.push({ field: `${field}.exercise`, message: `unknown exercise id "${level.exercise}"` });
    if (ex.kind !== 'strengthen' || ex.dosage.mode !== 'reps') {
      return errors.push({ field: `${field}.exercise`, message: `"${ex.id}" must be a strengthen exercise dosed in reps` });
    }
    const prev = ladder.levels[i - 1];
    if (!prev) return;
    if (prev.exercise === level.exercise) {
      if (level.reps * level.sets <= prev.reps * prev.sets) errors.push({ field, message: 'a level of the same exercise must add work' });
    } else if (byId.get(prev.exercise)?.progression !== level.exercise) {
      errors.push({ field: `${field}.exercise`, message: `"${level.exercise}" is not the progression of "${prev.exercise}"` });
    }
  });
  return errors;
}
