/**
 * Settings are key → value. The keys the app reads get their real shape (settings-repo.ts):
 * `"isSoundOn": "no"` would otherwise be restored and read as "on". Keys this version does not
 * read are free-form JSON owned by other features, so they are bounded instead.
 */
import * as z from 'zod/mini';
import {
  MAX_VOICE_RATE,
  MAX_VOICE_URI_CHARS,
  MIN_VOICE_RATE,
  type CueSettings,
  type KneeProfile,
  type StepLengthSettings,
} from './settings-repo';
import { wordIssue } from './backup-issues';
import { kneeLocation, knee } from './backup-record-schemas';
import { boolean, decimal, id, list, orNull, record, text, timestamp, wholeNumber } from './backup-schema-kit';

const MAX_VALUE_CHARS = 10_000;
const MAX_VALUE_DEPTH = 6;

const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

const freeForm = z.json().check(
  z.superRefine((value, ctx) => {
    const chars = JSON.stringify(value).length;
    if (chars > MAX_VALUE_CHARS)
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `must be at most ${MAX_VALUE_CHARS.toLocaleString('en')} characters as JSON, but it has ${chars.toLocaleString('en')}`,
      });
    else if (depthOf(value) > MAX_VALUE_DEPTH)
      ctx.addIssue({ code: 'custom', input: value, message: `must not be nested more than ${MAX_VALUE_DEPTH} levels deep` });
  }),
);

const cues: z.ZodMiniType<Partial<CueSettings>> = z.partial(
  record({
    isSoundOn: boolean,
    isVibrationOn: boolean,
    isVoiceOn: boolean,
    isVoiceDecided: boolean,
    voiceURI: orNull(text(MAX_VOICE_URI_CHARS)),
    voiceRate: decimal(MIN_VOICE_RATE, MAX_VOICE_RATE),
  }),
);
const stepLengths: z.ZodMiniType<Partial<StepLengthSettings>> = z.partial(
  record({ getReadySeconds: wholeNumber(1, 120), switchSidesSeconds: wholeNumber(1, 120) }),
);
const profile: z.ZodMiniType<KneeProfile> = record({
  knees: list(2, knee).check(z.minLength(1, { error: 'must name at least one knee', abort: true })),
  location: orNull(kneeLocation),
  completedAt: timestamp,
});

/** A Map, not an object: a key such as "constructor" must not find Object.prototype's. */
const KNOWN_VALUES: ReadonlyMap<string, z.core.$ZodType> = new Map<string, z.core.$ZodType>([
  ['cues', cues],
  ['profile', profile],
  ['onboarded', timestamp],
  ['lastBackupAt', timestamp],
  ['stepLengths', stepLengths],
]);

export const setting = z.pipe(
  record({ key: id, value: z.unknown() }),
  z.transform((row, ctx) => {
    const result = z.safeParse(KNOWN_VALUES.get(row.key) ?? freeForm, row.value, { reportInput: true, error: wordIssue });
    if (result.success) return { key: row.key, value: result.data };
    for (const issue of result.error.issues)
      ctx.issues.push({ code: 'custom', path: ['value', ...issue.path], message: issue.message, input: issue.input });
    return z.NEVER;
  }),
);
