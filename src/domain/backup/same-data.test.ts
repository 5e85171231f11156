import { describe, expect, it } from 'vitest';
import { isSameData } from './same-data';

const session = {
  id: 's1',
  events: [{ type: 'start', at: 1, seq: 0, step: 0 }],
  endedAt: null,
  plan: { steps: [{ spotSeconds: [20, 30] }] },
};

describe('isSameData', () => {
  it.each([
    ['equal numbers', 1, 1, true],
    ['different numbers', 1, 2, false],
    ['0 and -0 (IndexedDB keeps the sign)', 0, -0, false],
    ['null and null', null, null, true],
    ['null and undefined', null, undefined, false],
    ['a string and its number', '1', 1, false],
    ['a record and its copy', session, structuredClone(session), true],
    ['keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }, true],
    ['one more key', { a: 1 }, { a: 1, b: 2 }, false],
    ['one key fewer', { a: 1, b: 2 }, { a: 1 }, false],
    ['a key set to undefined on one side only', { a: 1, b: undefined }, { a: 1 }, false],
    ['a key set to undefined on one side, another key on the other', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['a nested change', session, { ...session, plan: { steps: [{ spotSeconds: [20, 31] }] } }, false],
    ['an event more', session, { ...session, events: [...session.events, { type: 'end', at: 2, seq: 1, step: 0 }] }, false],
    ['a list and an object with its indexes', [1], { 0: 1 }, false],
    ['an object and a list', { length: 0 }, [], false],
    ['lists of another order', [1, 2], [2, 1], false],
    ['a Date is never taken as the same (a rewrite is safe)', new Date(5), new Date(5), false],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 }, true],
    ['a Map is never taken as a plain object', new Map(), {}, false],
  ])('%s', (_, a, b, same) => {
    expect(isSameData(a, b)).toBe(same);
    expect(isSameData(b, a)).toBe(same);
  });
});
