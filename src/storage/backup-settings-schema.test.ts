import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { setting } from './backup-settings-schema';

const reasons = (value: unknown) => {
  const result = z.safeParse(setting, { key: 'cues', value });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
};

describe('the cues setting in a backup', () => {
  it.each([
    ['the three switches of older backups', { isSoundOn: true, isVibrationOn: false, isVoiceOn: true }],
    ['the voice coach settings', { isVoiceOn: true, isVoiceDecided: true, voiceURI: 'Google UK English Female', voiceRate: 1.3 }],
    ['no voice chosen', { voiceURI: null, voiceRate: 0.8 }],
    ['nothing at all', {}],
  ])('accepts %s', (_name, value) => {
    expect(reasons(value)).toEqual([]);
  });

  it.each([
    ['a rate too fast', { voiceRate: 1.5 }, /^value\.voiceRate must be a number from 0\.8 to 1\.3, but it is 1\.5/],
    ['a rate too slow', { voiceRate: 0.7 }, /^value\.voiceRate must be a number from 0\.8 to 1\.3/],
    ['a rate as text', { voiceRate: 'fast' }, /^value\.voiceRate must be a number from 0\.8 to 1\.3, but it is the text "fast"/],
    ['a voice that is not text', { voiceURI: 7 }, /^value\.voiceURI must be text, but it is 7/],
    ['an empty voice', { voiceURI: '' }, /^value\.voiceURI must not be empty/],
    ['a voice too long to be one', { voiceURI: 'v'.repeat(501) }, /^value\.voiceURI must be at most 500 characters long/],
    ['"asked" as text', { isVoiceDecided: 'yes' }, /^value\.isVoiceDecided must be true or false, but it is the text "yes"/],
  ])('refuses %s, saying why', (_name, value, reason) => {
    expect(reasons(value)[0]).toMatch(reason);
  });
});
