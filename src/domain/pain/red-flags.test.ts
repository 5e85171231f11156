import { describe, expect, it } from 'vitest';
import { baselineFor, makePainChecks } from './make-checks';
import { isRedFlagId, redFlagAdvice, redFlagText, redFlagTier } from './red-flags';

describe('redFlagTier', () => {
  it.each([
    ['no flags', [], null],
    ['locked and won’t unlock', ['locked-now'], 'urgent'],
    ['locks now and then', ['locking'], 'soon'],
    ['hot and red with a fever', ['hot-red', 'fever'], 'urgent'],
    ['hot, red, swollen with a fever', ['hot-red', 'swelling', 'fever'], 'urgent'],
    ['hot and red, no fever (same day, as About & safety says)', ['hot-red'], 'urgent'],
    ['suddenly or badly swollen', ['swelling'], 'urgent'],
    ['a fever alone', ['fever'], 'soon'],
    ['can’t bear weight after a fall or twist', ['cannot-bear-weight', 'fall-twist'], 'urgent'],
    ['can’t bear weight, no fall', ['cannot-bear-weight'], 'urgent'],
    ['locks now and then', ['locking'], 'soon'],
    ['after a fall, bears weight', ['fall-twist'], 'soon'],
    ['gives way', ['giving-way'], 'soon'],
    ['misshapen', ['deformity'], 'urgent'],
    ['an id from a newer version', ['calf-swelling'], 'soon'],
    ['an urgent flag among others', ['giving-way', 'locked-now'], 'urgent'],
  ] as const)('%s → %s', (_name, flags, tier) => {
    expect(redFlagTier(flags)).toBe(tier);
    expect(redFlagAdvice(flags)?.tier ?? null).toBe(tier);
  });

  it('keeps every id that older versions stored', () => {
    for (const id of ['cannot-bear-weight', 'swelling', 'locking', 'giving-way', 'hot-red', 'deformity', 'fall-twist']) {
      expect(isRedFlagId(id)).toBe(true);
    }
    expect(isRedFlagId('nope')).toBe(false);
    expect(redFlagText('nope')).toBe('nope');
  });
});

describe('redFlagAdvice', () => {
  it('says nothing without red flags', () => expect(redFlagAdvice([])).toBeNull());
  it('sends a locked knee to urgent care and says why', () => {
    const advice = redFlagAdvice(['locked-now']);
    expect(advice).toMatchObject({ isUrgent: true, headline: 'Get urgent care now.' });
    expect(advice?.text).toMatch(/locked and won’t unlock, go to urgent care/);
  });
  it('sends any other red flag to a clinician soon', () => {
    const advice = redFlagAdvice(['giving-way']);
    expect(advice).toMatchObject({ isUrgent: false, headline: 'See a clinician soon.', reason: null });
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
