import { describe, expect, it } from 'vitest';
import { passphraseProblem } from './passphrase';

describe('passphraseProblem', () => {
  it.each<[string, string, string, 'first' | 'second' | null]>([
    ['nothing typed', '', '', 'first'],
    ['only spaces', '          ', '          ', 'first'],
    ['seven characters', 'abcdefg', 'abcdefg', 'first'],
    ['seven characters as seen, more UTF-16 units', 'knee🦵🦵🦵', 'knee🦵🦵🦵', 'first'],
    ['eight characters, second empty', 'abcdefgh', '', 'second'],
    ['second differs', 'correct horse', 'correct horsE', 'second'],
    ['second has a trailing space', 'correct horse', 'correct horse ', 'second'],
    ['eight characters, both the same', 'abcdefgh', 'abcdefgh', null],
    ['words with spaces', 'blue kettle on a hill', 'blue kettle on a hill', null],
    ['non-Latin letters', 'колено бедро', 'колено бедро', null],
  ])('%s → %s', (_name, first, second, field) => {
    expect(passphraseProblem(first, second)?.field ?? null).toBe(field);
  });
});
