import { describe, expect, it } from 'vitest';
import { exercises } from '@/content/exercise-catalog';
import { filterExercises, NO_FILTERS } from './filter-exercises';

const search = (query: string, over = {}) => filterExercises(exercises, { ...NO_FILTERS, ...over, query }).map((e) => e.id);
const loadOf = (id: string) => exercises.find((e) => e.id === id)?.kneeLoad;

/** What people type (issue 9) against the real content: the right entries, the knee-friendly ones first. */
describe('search over the library', () => {
  it.each([
    ['knee pain', ['supine-knee-to-opposite-shoulder', 'glute-bridge', 'side-lying-leg-raise', 'straight-leg-raise']],
    ['groin', ['pallof-side-step', 'reclined-supported-butterfly', 'butterfly-stretch', 'side-lunge']],
    ['piriformis', ['supine-knee-to-opposite-shoulder', 'ball-glute-pin-and-move', 'tennis-ball-glutes', 'supine-figure-four']],
    ['hamstring stretch', ['romanian-deadlift', 'hamstring-curl']],
    ['glute bridge', ['glute-bridge', 'single-leg-bridge']],
    ['child’s pose', ['walking-childs-pose']],
    ['IT band', ['foam-roll-outer-front-thigh', 'it-band-stretch']],
  ])('“%s” finds %j', (query, expected) => expect(search(query)).toEqual(expect.arrayContaining(expected)));

  it('“knee pain” shows only knee-friendly entries, those the content names first', () => {
    const found = search('knee pain');
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((id) => loadOf(id) === 'low')).toBe(true);
    const named = exercises.filter((e) => e.searchTerms?.includes('knee pain')).map((e) => e.id);
    expect(found.slice(0, named.length).sort()).toEqual(named.sort());
  });

  it.each([
    ['piriformis', ['supine-knee-to-opposite-shoulder', 'ball-glute-pin-and-move', 'tennis-ball-glutes']],
    ['groin', ['pallof-side-step']],
    ['hamstring stretch', ['romanian-deadlift', 'hamstring-curl']],
    ['glute bridge', ['glute-bridge']],
    // The supported version spares the knee that the plain butterfly can strain.
    ['butterfly', ['reclined-supported-butterfly', 'butterfly-stretch']],
  ])('“%s” ranks %j first', (query, first) => expect(search(query).slice(0, first.length).sort()).toEqual([...first].sort()));

  it('ranks what spares the knee above what can strain it for the same words', () => {
    const found = search('piriformis');
    const knee = found.map(loadOf);
    expect(knee.indexOf('caution')).toBeGreaterThan(knee.lastIndexOf('low'));
  });

  it('“glute” is ranked: the glute exercises by name come first', () => {
    const found = search('glute');
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(['glute-bridge']));
  });

  it('the chips still narrow a search, and nothing matches nonsense', () => {
    expect(search('groin', { kind: 'stretch' }).every((id) => exercises.find((e) => e.id === id)?.kind === 'stretch')).toBe(true);
    expect(search('groin', { isKneeFriendlyOnly: true })).toEqual(['pallof-side-step']);
    expect(search('zzzz')).toEqual([]);
    expect(search('')).toHaveLength(exercises.length);
  });
});
