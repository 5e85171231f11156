import { describe, expect, it } from 'vitest';
import { addStep, isSameRoutine, moveStep, removeStep, replaceExercise, updateStep } from './edit-routine';
import type { UserRoutine } from './user-routine-types';

const of = (...ids: string[]): UserRoutine => ({ id: 'own-1', name: 'R', createdAt: 1, steps: ids.map((exercise) => ({ exercise })) });
const ids = (r: UserRoutine) => r.steps.map((s) => s.exercise).join(',');

describe('edit a routine', () => {
  it.each<[string, (r: UserRoutine) => UserRoutine, string]>([
    ['add at the end', (r) => addStep(r, 'd'), 'a,b,c,d'],
    ['add one already there: unchanged', (r) => addStep(r, 'b'), 'a,b,c'],
    ['remove the middle', (r) => removeStep(r, 1), 'a,c'],
    ['move down one', (r) => moveStep(r, 0, 1), 'b,a,c'],
    ['move up one', (r) => moveStep(r, 2, 1), 'a,c,b'],
    ['move first to last', (r) => moveStep(r, 0, 2), 'b,c,a'],
    ['move up from the top: clamped, unchanged', (r) => moveStep(r, 0, -1), 'a,b,c'],
    ['move down past the end: clamped, unchanged', (r) => moveStep(r, 2, 3), 'a,b,c'],
    ['move from outside the list: unchanged', (r) => moveStep(r, 5, 0), 'a,b,c'],
    ['replace in place', (r) => replaceExercise(r, 1, 'x'), 'a,x,c'],
    ['replace with one already there: the step goes', (r) => replaceExercise(r, 1, 'c'), 'a,c'],
  ])('%s', (_name, edit, expected) => {
    expect(ids(edit(of('a', 'b', 'c')))).toBe(expected);
  });

  it('sets and clears one field of a dose; a replaced exercise drops the old dose', () => {
    const set = updateStep(of('a', 'b'), 1, 'holdSeconds', 40);
    expect(set.steps[1]).toEqual({ exercise: 'b', holdSeconds: 40 });
    expect(updateStep(set, 1, 'holdSeconds', undefined).steps[1]).toEqual({ exercise: 'b' });
    expect(replaceExercise(set, 1, 'x').steps[1]).toEqual({ exercise: 'x' });
  });

  it.each<[string, UserRoutine, boolean]>([
    ['the same', of('a', 'b'), true],
    ['only timestamps differ', { ...of('a', 'b'), updatedAt: 99, createdAt: 5 }, true],
    ['an explicit "each" side is the default', { ...of('a', 'b'), steps: [{ exercise: 'a', side: 'each' }, { exercise: 'b' }] }, true],
    ['another order', of('b', 'a'), false],
    ['another name', { ...of('a', 'b'), name: 'S' }, false],
    ['another dose', updateStep(of('a', 'b'), 0, 'sets', 2), false],
    ['another get-ready', { ...of('a', 'b'), getReadySeconds: 15 }, false],
  ])('isSameRoutine: %s', (_name, other, expected) => {
    expect(isSameRoutine(of('a', 'b'), other)).toBe(expected);
  });
});
