import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile';

// The real content/ folder: every file must compile. Failures list file + field.
describe('content/', () => {
  const result = compileContent(resolve('content'));
  it('compiles without errors', () => {
    const problems = result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`);
    expect(problems).toEqual([]);
  });
  it('has the library the seeds describe', () => {
    if (!result.ok) return;
    const { exercises, routines } = result.catalog;
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    expect(new Set(exercises.map((e) => e.kind))).toEqual(new Set(['release', 'stretch', 'strengthen', 'assess']));
    expect(routines.map((r) => r.id).sort()).toEqual(
      ['daily-hip-release', 'gentle-flare-up-day', 'glute-strength-knee-alignment', 'hip-self-assessment'],
    );
  });
  it('warns about the three stretches that load the inner knee, each with a knee-sparing alternative', () => {
    if (!result.ok) return;
    const byId = new Map(result.catalog.exercises.map((e) => [e.id, e]));
    for (const id of ['butterfly-stretch', 'leg-on-table-stretch', 'ninety-ninety-stretch']) {
      const ex = byId.get(id);
      expect(ex?.kneeLoad, id).toBe('caution');
      expect(ex?.kneeNote.toLowerCase(), id).toContain('inner knee');
      expect(byId.get(ex?.alternative ?? '')?.kneeLoad, id).toBe('low');
    }
  });
  it('keeps the built-in routines knee-friendly', () => {
    if (!result.ok) return;
    const byId = new Map(result.catalog.exercises.map((e) => [e.id, e]));
    for (const routine of result.catalog.routines) {
      for (const step of routine.steps) expect(byId.get(step.exercise)?.kneeLoad, routine.id).not.toBe('caution');
    }
  });
});
