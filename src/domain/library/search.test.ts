import { describe, expect, it } from 'vitest';
import { indexOf, normalise, parseQuery, rankBySearch, scoreOf, stem, type SearchFields } from './search';

describe('normalise', () => {
  it.each([
    ['Gluteus Médius', 'gluteus medius'],
    ["Child's pose", 'childs pose'],
    ['hip-flexor', 'hip flexor'],
    ['  90/90  ', '90 90'],
    ['IT band’s', 'it bands'],
  ])('%s → %s', (text, expected) => expect(normalise(text)).toBe(expected));
});

describe('stem', () => {
  it.each([
    ['glutes', 'glute'],
    ['hips', 'hip'],
    ['stretches', 'stretch'],
    ['injuries', 'injury'],
    ['adductors', 'adductor'],
    ['glute', 'glute'],
    ['abs', 'abs'],
    ['press', 'press'],
  ])('%s → %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('parseQuery', () => {
  it.each([
    ['empty', '', [], false],
    ['stop words only', 'the exercises for my', [], false],
    ['plain words', 'Hamstring stretches', ['hamstring', 'stretch'], false],
    ['knee pain asks for the knee-friendly', 'knee pain', [], true],
    ['sore knees too', 'sore knees', [], true],
    ['and keeps the other words', 'stretch for knee pain', ['stretch'], true],
    ['a knee alone is a word', 'knee to shoulder', ['knee', 'shoulder'], false],
    ['pain alone is a word', 'pain', ['pain'], false],
  ])('%s', (_, query, words, isKneeFriendly) => {
    const q = parseQuery(query);
    expect(q.words).toEqual(words);
    expect(q.isKneeFriendly).toBe(isKneeFriendly);
  });
});

const fields = (over: Partial<SearchFields>): SearchFields => ({
  name: 'Glute bridge',
  terms: [],
  targets: ['gluteus maximus'],
  labels: ['Mat', 'Glutes', 'Strengthen'],
  summary: 'Lift the hips from the floor.',
  kneeLoad: 'low',
  ...over,
});

describe('scoreOf', () => {
  it.each([
    ['a word in the name', fields({}), 'bridge', 6 + 1.5],
    ['a word in a search term', fields({ terms: ['hip thrust'] }), 'thrust', 5 + 1.5],
    ['a word in the muscles', fields({}), 'maximus', 3 + 1.5],
    ['a word in a label', fields({}), 'mat', 2 + 1.5],
    ['a word only in the summary', fields({}), 'floor', 1 + 1.5],
    ['the best field counts once', fields({ terms: ['bridge'] }), 'bridge', 6 + 1.5],
    ['inside a word counts half', fields({ name: 'Hipbridge' }), 'bridge', 3 + 1.5],
    ['a prefix counts whole', fields({}), 'brid', 6 + 1.5],
    ['every word adds', fields({}), 'glute bridge', 6 + 6 + 8 + 1.5],
    [
      'a phrase in a term',
      fields({ terms: ['hamstring stretch'], name: 'Curl', targets: ['hamstrings'] }),
      'hamstring stretch',
      5 + 5 + 8 + 1.5,
    ],
    ['words apart are no phrase', fields({ name: 'Stretch the hamstring' }), 'hamstring stretch', 6 + 6 + 1.5],
    ['moderate knee load ranks lower', fields({ kneeLoad: 'moderate' }), 'bridge', 6 + 0.5],
    ['a caution ranks lowest', fields({ kneeLoad: 'caution' }), 'bridge', 6],
    ['a missing word excludes', fields({}), 'bridge squat', null],
    ['knee pain: any low-load entry', fields({}), 'knee pain', 1.5],
    ['knee pain: the content says so', fields({ terms: ['knee pain'] }), 'my knee pain', 1.5 + 8],
    ['knee pain: not a moderate one', fields({ kneeLoad: 'moderate', terms: ['knee pain'] }), 'knee pain', null],
  ])('%s', (_, f, query, expected) => expect(scoreOf(indexOf(f), parseQuery(query))).toBe(expected));
});

describe('rankBySearch', () => {
  const items = [
    { id: 'a', f: fields({ name: 'Figure-four', targets: ['deep hip rotators'], terms: ['piriformis'], kneeLoad: 'moderate' }) },
    { id: 'b', f: fields({ name: 'Knee to opposite shoulder', targets: ['deep hip rotators'], terms: ['piriformis'] }) },
    { id: 'c', f: fields({ name: 'Step-up', targets: ['gluteus maximus'] }) },
    { id: 'd', f: fields({ name: 'Tennis ball on the glutes', summary: 'Ease the piriformis.' }) },
  ];
  const ids = (query: string) => rankBySearch(items, (i) => indexOf(i.f), query).map((i) => i.id);
  it.each([
    ['no query keeps all, in order', '', ['a', 'b', 'c', 'd']],
    ['knee-friendly first among equals, then by field', 'piriformis', ['b', 'a', 'd']],
    ['name beats muscles beats a label', 'glute', ['d', 'c', 'b', 'a']],
    ['ties keep their order', 'mat', ['b', 'c', 'd', 'a']],
    ['nothing found', 'zzzz', []],
  ])('%s', (_, query, expected) => expect(ids(query)).toEqual(expected));
});
