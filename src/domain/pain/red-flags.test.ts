import { describe, expect, it } from 'vitest';
import { baselineFor, makePainChecks } from './make-checks';
import { redFlagAdvice } from './red-flags';

describe('redFlagAdvice', () => {
  it('says nothing without red flags', () => expect(redFlagAdvice([])).toBeNull());
  it('sends a locked knee to urgent care', () => expect(redFlagAdvice(['locking'])?.isUrgent).toBe(true));
  it('sends any other red flag to a clinician', () => {
    const advice = redFlagAdvice(['swelling']);
    expect(advice?.isUrgent).toBe(false);
    expect(advice?.text).toMatch(/see a clinician/);
  });
});

describe('makePainChecks', () => {
  const ctx = { at: 5, sessionId: 's', exerciseId: null, phase: 'before' as const };
  let n = 0;
  const id = () => `id${++n}`;
  it('makes one record per knee and finds the baseline', () => {
    const checks = makePainChecks(
      [
        { knee: 'left', score: 2, locations: ['inner'], note: '  tight ' },
        { knee: 'right', score: 0, locations: [], note: '' },
      ],
      ctx,
      id,
    );
    expect(checks.map((c) => [c.knee, c.score, c.note])).toEqual([
      ['left', 2, 'tight'],
      ['right', 0, ''],
    ]);
    expect(baselineFor(checks, 's', 'left')).toBe(2);
    expect(baselineFor(checks, 'other', 'left')).toBeNull();
  });
  it.each([-1, 11, 2.5])('refuses a score of %s', (score) => {
    expect(() => makePainChecks([{ knee: 'left', score, locations: [], note: '' }], ctx, id)).toThrow(RangeError);
  });
});
