import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_LINK_CHARS, type SharedRoutine } from './share-link';
import { MAX_SHARED_NAME, MAX_SHARED_STEPS } from './share-schema';

const EXERCISES = [
  'butterfly-stretch',
  'glute-bridge',
  'clamshell',
  'tennis-ball-glutes',
  ...Array.from({ length: 40 }, (_, i) => `ex-${i}`),
];
const catalog = { hasExercise: (id: string) => EXERCISES.includes(id), hasRoutine: (id: string) => id === 'daily-hip-release' };
const packed = (value: unknown) => `r=${compressToEncodedURIComponent(JSON.stringify(value))}`;
const fragmentOf = (routine: SharedRoutine) => {
  const made = encodeShareFragment(routine);
  if (!made.ok) throw new Error(made.message);
  return made.fragment;
};

const own: SharedRoutine = {
  kind: 'own',
  name: 'Physio plan — week 2',
  steps: [
    { exercise: 'butterfly-stretch', holdSeconds: 45, sets: 2, side: 'both' },
    { exercise: 'glute-bridge', reps: 12, sets: 3, restSeconds: 30 },
    { exercise: 'clamshell' },
  ],
  getReadySeconds: 15,
  switchSidesSeconds: 5,
};

describe('share links', () => {
  const roundTrips: [string, SharedRoutine][] = [
    ['a built-in routine by id', { kind: 'builtin', routineId: 'daily-hip-release' }],
    ['an own routine with doses', own],
    ['an own routine with only exercises', { kind: 'own', name: 'x', steps: [{ exercise: 'clamshell' }] }],
  ];
  it.each(roundTrips)('round trip: %s', (_name, routine) => {
    const fragment = fragmentOf(routine);
    expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(decodeShareFragment(`#${fragment}`, catalog)).toEqual({ ok: true, routine });
  });

  it.each([
    ['an empty fragment', '', 'missing'],
    ['another parameter', 'x=abc', 'missing'],
    ['text that is not lz-string', 'r=%%%not-lz', 'malformed'],
    ['compressed text that is not JSON', `r=${compressToEncodedURIComponent('{oops')}`, 'malformed'],
    ['a payload without a version', packed({ id: 'daily-hip-release' }), 'malformed'],
    ['a newer format', packed({ v: 2, id: 'daily-hip-release', extra: true }), 'newer'],
    ['a format of 0', packed({ v: 0, id: 'daily-hip-release' }), 'malformed'],
    ['a dose out of range', packed({ v: 1, n: 'x', x: [{ e: 'clamshell', h: 9999 }] }), 'malformed'],
    ['a routine with no exercises', packed({ v: 1, n: 'x', x: [] }), 'malformed'],
    ['a rest longer than the builder allows', packed({ v: 1, n: 'x', x: [{ e: 'clamshell', t: 301 }] }), 'malformed'],
    ['a get-ready of 0 seconds', packed({ v: 1, n: 'x', x: [{ e: 'clamshell' }], g: 0 }), 'malformed'],
    ['a name of spaces only', packed({ v: 1, n: '   ', x: [{ e: 'clamshell' }] }), 'invalid'],
    ['an exercise twice', packed({ v: 1, n: 'x', x: [{ e: 'clamshell' }, { e: 'clamshell', h: 30 }] }), 'invalid'],
    [
      'too many exercises',
      packed({ v: 1, n: 'x', x: Array.from({ length: MAX_SHARED_STEPS + 1 }, () => ({ e: 'clamshell' })) }),
      'malformed',
    ],
    ['an unknown exercise', packed({ v: 1, n: 'x', x: [{ e: 'clamshell' }, { e: 'deep-lunge-twist' }] }), 'unknown-exercise'],
    ['an unknown built-in', packed({ v: 1, id: 'no-such-routine' }), 'unknown-routine'],
    ['a link too long', `r=${'A'.repeat(MAX_LINK_CHARS)}`, 'too-long'],
    ['a JSON list', packed([1, 2]), 'malformed'],
    ['a prototype key', packed({ v: 1, id: '__proto__' }), 'malformed'],
  ])('refuses %s', (_name, fragment, refusal) => {
    const result = decodeShareFragment(fragment, catalog);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal).toBe(refusal);
      expect(result.message).toMatch(/\.$/);
    }
  });

  it('a tampered link (characters changed in the middle) is refused, never read as another routine', () => {
    const fragment = fragmentOf(own);
    const tampered = `${fragment.slice(0, 20)}ZZZZ${fragment.slice(24)}`;
    expect(decodeShareFragment(tampered, catalog).ok).toBe(false);
  });

  it('never makes a link it would refuse: out-of-range doses and names are refused when making', () => {
    expect(encodeShareFragment({ kind: 'own', name: '', steps: [{ exercise: 'clamshell' }] }).ok).toBe(false);
    expect(encodeShareFragment({ kind: 'own', name: 'x', steps: [{ exercise: 'clamshell', sets: 99 }] }).ok).toBe(false);
    const twice = encodeShareFragment({ kind: 'own', name: 'x', steps: [{ exercise: 'clamshell' }, { exercise: 'clamshell' }] });
    expect(twice).toEqual({ ok: false, message: 'This routine can’t be shared yet: clamshell is in the routine twice.' });
  });

  it('property: any valid routine decodes to itself, or is refused when made for being too long', () => {
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const step = fc.record(
      {
        exercise: fc.constantFrom(...EXERCISES),
        holdSeconds: optional(fc.integer({ min: 5, max: 600 })),
        reps: optional(fc.integer({ min: 1, max: 50 })),
        sets: optional(fc.integer({ min: 1, max: 10 })),
        restSeconds: optional(fc.integer({ min: 0, max: 300 })),
        side: optional(fc.constantFrom('each' as const, 'both' as const)),
      },
      { requiredKeys: ['exercise'] },
    );
    const ownArb = fc.record(
      {
        kind: fc.constant('own' as const),
        name: fc.string({ minLength: 1, maxLength: MAX_SHARED_NAME }).filter((n) => n.trim() !== ''),
        // Each exercise once, as the builder allows.
        steps: fc.uniqueArray(step, { minLength: 1, maxLength: MAX_SHARED_STEPS, selector: (s) => s.exercise }),
        getReadySeconds: optional(fc.integer({ min: 5, max: 120 })),
        switchSidesSeconds: optional(fc.integer({ min: 3, max: 60 })),
      },
      { requiredKeys: ['kind', 'name', 'steps'] },
    );
    // fast-check writes an absent optional key as missing; drop undefined keys so equality is exact.
    const clean = (r: SharedRoutine): SharedRoutine => JSON.parse(JSON.stringify(r)) as SharedRoutine;
    fc.assert(
      fc.property(ownArb, (raw) => {
        const routine = clean(raw);
        const made = encodeShareFragment(routine);
        if (!made.ok) return made.message.includes('too long');
        const back = decodeShareFragment(made.fragment, catalog);
        return back.ok && JSON.stringify(back.routine) === JSON.stringify(routine);
      }),
      { numRuns: 150 },
    );
  }, 20_000);
});
