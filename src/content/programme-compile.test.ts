import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile';
import { compileProgrammes, programmeErrors } from './programme-compile';
import type { ProgrammeFile } from './programme-schema';

const content = compileContent(resolve('content'));
if (!content.ok) throw new Error('content/ must compile');
const { catalog } = content;
const result = compileProgrammes(resolve('content'), catalog);
const real = result.ok ? result.programmes[0] : undefined;

describe('content/programmes', () => {
  it('compiles without errors', () => {
    expect(result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`)).toEqual([]);
    expect(real?.id).toBe('steady-knees-8-weeks');
  });
  it('has an easier level below and a harder one above every base', () => {
    for (const ladder of real?.ladders ?? []) {
      const at = ladder.levels.findIndex((l) => l.id === ladder.base);
      expect(at, ladder.id).toBeGreaterThan(0);
      expect(at, ladder.id).toBeLessThan(ladder.levels.length - 1);
    }
  });
});

type Edit = (p: ProgrammeFile) => void;
const broken = (edit: Edit) => {
  const copy = structuredClone(real) as ProgrammeFile;
  edit(copy);
  return programmeErrors(copy, catalog).map((e) => e.field);
};

describe('programmeErrors', () => {
  it.each<[string, Edit, string]>([
    ['an unknown routine', (p) => (p.routines.strength = 'nope'), 'routines.strength'],
    ['an unknown source', (p) => (p.progression.sources = ['nope']), 'progression.sources'],
    ['two strength days in a row', (p) => (p.rhythm[1] = 'strength'), 'rhythm'],
    ['a level that skips a rung', (p) => p.ladders[1]?.levels.splice(1, 2), 'ladders.1.levels.1.exercise'],
    ['a level of the same exercise that adds nothing', (p) => ((p.ladders[0]?.levels[1] ?? { reps: 0 }).reps = 1), 'ladders.0.levels.1'],
    ['a stretch on a ladder', (p) => ((p.ladders[0]?.levels[0] ?? { exercise: '' }).exercise = 'butterfly-stretch'), 'ladders.0.levels.0.exercise'],
    ['a base that is not a level', (p) => ((p.ladders[0] ?? { base: '' }).base = 'nope'), 'ladders.0.base'],
    ['a strength exercise without a ladder', (p) => p.ladders.pop(), 'ladders'],
    ['a duplicate level id', (p) => ((p.ladders[1]?.levels[0] ?? { id: '' }).id = 'bridge-2x8'), 'ladders.1.levels.0.id'],
  ])('reports %s', (_, edit, field) => {
    expect(broken(edit)).toContain(field);
  });
});
