import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from './backup-format';
import { validateBackup, validateBackupFile } from './backup-validate';

/** Any moment after the fixtures were made. */
const NOW = Date.UTC(2026, 0, 1);
const goodText = readFileSync(new URL('../../tests/fixtures/good-backup-v3.json', import.meta.url), 'utf8');
const format2Text = readFileSync(new URL('../../tests/fixtures/good-backup-v2.json', import.meta.url), 'utf8');
const format1Text = readFileSync(new URL('../../tests/fixtures/good-backup.json', import.meta.url), 'utf8');
type Row = Record<string, unknown>;
type Tables =
  | 'sessions'
  | 'painChecks'
  | 'assessments'
  | 'exercisePrefs'
  | 'routines'
  | 'settings'
  | 'redFlags'
  | 'outcomeActivities'
  | 'outcomeRatings';
const good = () => JSON.parse(goodText) as { data: Record<Tables, Row[]> };
const reasonOf = (input: unknown) => {
  const result = validateBackup(input, NOW);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('validateBackup', () => {
  it('accepts the good fixture, as text or already parsed, with every table intact', () => {
    for (const input of [goodText, good()]) {
      const result = validateBackup(input, NOW);
      expect(result).toMatchObject({ ok: true });
      // A format-2 file reads as format 3 with no schedule.
      const file = JSON.parse(goodText) as { data: object };
      if (result.ok) expect(result.backup).toEqual({ ...file, format: 3, data: { ...file.data, schedules: [] } });
    }
  });

  it('still reads format 1: its events numbered as the database upgrade numbers them, and no red flags', () => {
    const result = validateBackup(format1Text, NOW);
    if (!result.ok) throw new Error(result.reason);
    const v3 = good();
    expect(result.backup.format).toBe(3);
    expect(result.backup.data.sessions).toEqual(v3.data.sessions);
    expect(result.backup.data.redFlags).toEqual([]);
  });

  it('still reads format 2: old-shape self-checks converted as the v4 upgrade converts them, no outcome scale', () => {
    const result = validateBackup(format2Text, NOW);
    if (!result.ok) throw new Error(result.reason);
    const v3 = good();
    expect(result.backup.format).toBe(3);
    expect(result.backup.data.sessions).toEqual(v3.data.sessions);
    expect(result.backup.data.assessments).toEqual(v3.data.assessments.slice(0, 2));
    expect(result.backup.data.outcomeActivities).toEqual([]);
    expect(result.backup.data.outcomeRatings).toEqual([]);
  });

  it.each([
    [
      'a self-check of an unknown kind',
      (d: Record<Tables, Row[]>) => Object.assign(d.assessments[0] ?? {}, { kind: 'jump' }),
      /^assessments\[0\]\.kind must be one of "leg-turn", "single-leg-stance", "knees-cave", but it is the text "jump"/,
    ],
    [
      'an angle over 180°',
      (d: Record<Tables, Row[]>) =>
        Object.assign(d.assessments[0] ?? {}, { result: { direction: 'in', left: { degrees: 200, method: 'picker' }, right: null } }),
      /^assessments\[0\]\.result\.left\.degrees must be a whole number from 0 to 180/,
    ],
    [
      'a hip drop word it does not know',
      (d: Record<Tables, Row[]>) =>
        Object.assign(d.assessments[2] ?? {}, { result: { left: { seconds: 3, hipDrop: 'lots' }, right: null } }),
      /^assessments\[2\]\.result\.left\.hipDrop must be one of "no", "a-little", "clearly"/,
    ],
    [
      'a rating of 11',
      (d: Record<Tables, Row[]>) => Object.assign(d.outcomeRatings[0] ?? {}, { ratings: [{ activityId: 'oa-1', score: 11 }] }),
      /^outcomeRatings\[0\]\.ratings\[0\]\.score must be a whole number from 0 to 10/,
    ],
    [
      'a rating of an activity not in the file',
      (d: Record<Tables, Row[]>) => Object.assign(d.outcomeRatings[0] ?? {}, { ratings: [{ activityId: 'gone', score: 5 }] }),
      /^outcomeRatings\[0\]\.ratings\[0\]\.activityId is "gone", but no outcome activity/,
    ],
    [
      'a week not written as a date',
      (d: Record<Tables, Row[]>) => Object.assign(d.outcomeRatings[0] ?? {}, { weekOf: 'March' }),
      /^outcomeRatings\[0\]\.weekOf must be a date written YYYY-MM-DD/,
    ],
    [
      'a self-check of a session not in the file',
      (d: Record<Tables, Row[]>) => Object.assign(d.assessments[2] ?? {}, { sessionId: 'nope' }),
      /^assessments\[2\]\.sessionId is "nope", but no session/,
    ],
  ])('refuses %s in format 3', (_, spoil, reason) => {
    const parsed = good();
    spoil(parsed.data);
    expect(reasonOf(parsed)).toMatch(reason);
  });

  it('copies known fields into fresh objects and drops unknown ones', () => {
    const parsed = good();
    const check = parsed.data.painChecks[0];
    if (!check) throw new Error('fixture has pain checks');
    check.extra = 'not ours';
    const result = validateBackup(parsed, NOW);
    if (!result.ok) throw new Error(result.reason);
    const copy = result.backup.data.painChecks[0];
    expect(copy).not.toBe(check);
    expect(copy?.locations).not.toBe(check.locations);
    expect(copy).not.toHaveProperty('extra');
    expect(result.backup.data.settings[0]?.value).not.toBe(parsed.data.settings[0]?.value);
  });

  it('refuses a file over 25 MB by its size, before reading it', async () => {
    const file = new Blob(['x']);
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('must not be read')) });
    const result = await validateBackupFile(file, NOW);
    expect(result).toEqual({ ok: false, reason: 'The file is 25.1 MB; a Kneewise backup can be at most 25 MB.' });
    expect(reasonOf(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatch(/at most 25 MB/);
  });

  it('refuses more than 100,000 pain checks without reading each one', () => {
    const parsed = good();
    parsed.data.painChecks = new Array<Row>(100_001).fill({});
    expect(reasonOf(parsed)).toBe('painChecks must have at most 100,000 entries, but it has 100,001.');
  });

  it('refuses an object that is not plain (its own prototype), in parsed input', () => {
    const parsed = good();
    const notPlain = Object.create({ inherited: true }) as Row;
    parsed.data.routines = [Object.assign(notPlain, { id: 'r', name: 'R', steps: [], createdAt: 1741075200000 })];
    expect(reasonOf(parsed)).toBe('routines[0] must be a plain object.');
  });

  it('refuses a prototype key in parsed input too, by walking the tree', () => {
    const parsed = good();
    parsed.data.assessments[0] = JSON.parse('{"__proto__": {"polluted": true}}') as Row;
    expect(reasonOf(parsed)).toMatch(/^assessments\[0\] has a key named "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // The text is parsed without a reviver: the walk after it must still find every forbidden key, at any depth.
  it.each([
    ['__proto__', '{"__proto__": {"polluted": true}}'],
    ['constructor', '{"constructor": {"prototype": {"polluted": true}}}'],
    ['prototype', '{"prototype": 1}'],
  ])('refuses a %s key in the file text, naming its place', (key, row) => {
    const text = goodText.replace('"assessments": [', `"assessments": [${row},`);
    expect(text).not.toBe(goodText);
    expect(reasonOf(text)).toBe(
      `assessments[0] has a key named "${key}", which a Kneewise backup never has (it is a way to tamper with the app).`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a forbidden key at the top of the file text', () => {
    expect(reasonOf(`{"__proto__": {}, ${goodText.trimStart().slice(1)}`)).toMatch(/^The file has a key named "__proto__"/);
  });

  it('refuses text nested deeper than a backup ever is', () => {
    expect(reasonOf(`${'['.repeat(30)}${']'.repeat(30)}`)).toMatch(/nested more than 20 levels deep/);
  });

  it('names the place of a reason inside a plan step', () => {
    const parsed = good();
    const steps = (parsed.data.sessions[0]?.plan as { steps: Row[] }).steps;
    (steps[2] as Row).spotSeconds = [20];
    expect(reasonOf(parsed)).toBe('sessions[0].plan.steps[2].spotSeconds must be a list of two entries, but it is a list.');
  });

  it('allows a pain check that belongs to no session', () => {
    const parsed = good();
    parsed.data.sessions = [];
    parsed.data.painChecks = parsed.data.painChecks.filter((c) => c.sessionId === null);
    parsed.data.exercisePrefs = [];
    parsed.data.redFlags = parsed.data.redFlags.filter((f) => f.sessionId === null);
    parsed.data.assessments = parsed.data.assessments.filter((a) => a.sessionId === null);
    expect(validateBackup(parsed, NOW)).toMatchObject({ ok: true });
  });
});
