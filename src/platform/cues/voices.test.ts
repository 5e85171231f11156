import { describe, expect, it } from 'vitest';
import { pickVoice, voiceChoices, type VoiceLike } from './voices';

const v = (voiceURI: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
  voiceURI,
  name: voiceURI,
  lang,
  localService,
  default: isDefault,
});

describe('pickVoice', () => {
  const netDefault = v('Google US English', 'en-US', false, true);
  const localEn = v('Daniel', 'en-GB', true);
  const localFr = v('Thomas', 'fr-FR', true);
  const localDefault = v('Samantha', 'en-US', true, true);
  it.each<[string, VoiceLike[], string | null, string | null]>([
    ['the remembered voice', [netDefault, localEn, localFr], 'Thomas', 'Thomas'],
    ['the default when it is on the device', [localEn, localDefault], null, 'Samantha'],
    ['the default when the remembered one is gone', [localEn, localDefault], 'Gone', 'Samantha'],
    ['an English voice on the device over a network default', [netDefault, localFr, localEn], null, 'Daniel'],
    ['the network default when nothing is on the device', [netDefault, v('x', 'de-DE', false)], null, 'Google US English'],
    ['any English voice when there is no default', [v('a', 'de-DE', false), v('b', 'en-AU', false)], null, 'b'],
    ['nothing from an empty list', [], 'Daniel', null],
  ])('%s', (_name, voices, uri, expected) => {
    expect(pickVoice(voices, uri)?.voiceURI ?? null).toBe(expected);
  });
});

describe('voiceChoices', () => {
  it('offers English voices, the ones on the device first, then by name', () => {
    const voices = [v('Zed', 'en-US', false), v('Thomas', 'fr-FR', true), v('Moira', 'en-IE', true), v('Alex', 'en-US', true)];
    expect(voiceChoices(voices).map((x) => x.name)).toEqual(['Alex', 'Moira', 'Zed']);
  });
  it('offers every voice when none is English', () => {
    expect(voiceChoices([v('B', 'fr-FR', false), v('A', 'de-DE', true)]).map((x) => x.name)).toEqual(['A', 'B']);
  });
});
