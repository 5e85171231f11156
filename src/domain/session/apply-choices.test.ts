import { describe, expect, it } from 'vitest';
import type { PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from './adjust';
import { applyChoices, leaveOutPrefs } from './apply-choices';

const common = { label: 'x', frequency: 'daily', restSeconds: 0 };
const hold = (id: string, seconds: number, extra: Partial<PlanFacts> = {}): PlanFacts => ({
  id,
  name: id.toUpperCase(),
  kind: 'stretch',
  sides: 'both',
  kneeLoad: 'low',
  cue: `${id} cue`,
  dosage: { mode: 'hold', seconds, sets: 1, ...common },
  ...extra,
});
const facts: Record<string, PlanFacts> = {
  four: hold('four', 30, { alternative: 'wipers' }),
  wipers: hold('wipers', 40),
  ball: hold('ball', 60),
  alt: hold('alt', 50),
};
const routine: Routine = {
  id: 'r',
  name: 'R',
  summary: 's',
  frequency: 'daily',
  transitionSeconds: 10,
  steps: [
    { exercise: 'ball', note: 'Ball note' },
    { exercise: 'wipers', note: 'Wipers note' },
    { exercise: 'four', dosage: { seconds: 20 }, note: 'Pull the thigh, not the shin.' },
  ],
};

/** id:seconds:note for the steps that will be done; ~ marks a left-out step. */
const view = (adjustments: Record<string, Adjustment>) =>
  applyChoices(routine, facts, adjustments).items.map(
    (i) => `${i.isLeftOut ? '~' : ''}${i.exercise.id}:${i.dosage.mode === 'reps' ? i.dosage.reps : i.dosage.seconds}:${i.note ?? '-'}`,
  );

describe('applyChoices', () => {
  it.each<[string, Record<string, Adjustment>, string[]]>([
    [
      'no choices: the routine as written, with its overrides and notes',
      {},
      ['ball:60:Ball note', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'lower dose halves the routine’s own dosage',
      { four: { action: 'lower-dose' } },
      ['ball:60:Ball note', 'wipers:40:Wipers note', 'four:10:Pull the thigh, not the shin.'],
    ],
    ['leave out', { ball: { action: 'skip' } }, ['~ball:60:Ball note', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.']],
    [
      'a swap brings the alternative’s own dosage and cue, not the original’s note',
      { ball: { action: 'swap', to: 'alt' } },
      ['alt:50:alt cue', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'a swap to an exercise already in the routine never duplicates it',
      { four: { action: 'swap', to: 'wipers' } },
      ['ball:60:Ball note', 'wipers:40:Wipers note', '~wipers:40:-'],
    ],
    [
      'a swapped-in exercise the user left out is left out',
      { ball: { action: 'swap', to: 'alt' }, alt: { action: 'skip' } },
      ['~alt:50:alt cue', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'a swapped-in exercise the user lowered is lowered',
      { ball: { action: 'swap', to: 'alt' }, alt: { action: 'lower-dose' } },
      ['alt:25:alt cue', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'swaps chain (ball → alt → four is in the routine: done once)',
      { ball: { action: 'swap', to: 'alt' }, alt: { action: 'swap', to: 'four' } },
      ['~four:30:-', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'a cycle stops where it would repeat',
      { ball: { action: 'swap', to: 'alt' }, alt: { action: 'swap', to: 'ball' } },
      ['alt:50:alt cue', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
    [
      'a swap to an unknown exercise is ignored',
      { ball: { action: 'swap', to: 'gone' } },
      ['ball:60:Ball note', 'wipers:40:Wipers note', 'four:20:Pull the thigh, not the shin.'],
    ],
  ])('%s', (_name, adjustments, expected) => {
    expect(view(adjustments)).toEqual(expected);
  });

  it('two swaps to the same new exercise keep only the first', () => {
    const chosen = applyChoices(routine, facts, { ball: { action: 'swap', to: 'alt' }, wipers: { action: 'swap', to: 'alt' } });
    expect(chosen.active.map((i) => i.exercise.id)).toEqual(['alt', 'four']);
  });

  it('says what was changed, and whose choice it was (for Undo)', () => {
    const chosen = applyChoices(routine, facts, {
      ball: { action: 'swap', to: 'alt' },
      alt: { action: 'lower-dose' },
      four: { action: 'swap', to: 'wipers' },
    });
    expect(chosen.items.map((i) => i.changes)).toEqual([
      [
        { action: 'swap', prefFor: 'ball', to: 'alt' },
        { action: 'lower-dose', prefFor: 'alt' },
      ],
      [],
      [{ action: 'swap-merged', prefFor: 'four', to: 'wipers' }],
    ]);
  });

  it('is empty when nothing is left to do, and names the choices that undo that', () => {
    const chosen = applyChoices(routine, facts, {
      ball: { action: 'skip' },
      wipers: { action: 'skip' },
      four: { action: 'swap', to: 'wipers' },
    });
    expect(chosen.isEmpty).toBe(true);
    expect(leaveOutPrefs(chosen)).toEqual(['ball', 'wipers', 'four']);
    expect(applyChoices(routine, facts, {}).isEmpty).toBe(false);
  });
});
