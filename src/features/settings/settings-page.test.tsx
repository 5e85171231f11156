// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_LINE } from '@/domain/session/cues-voice';
import { getDb } from '@/storage/db';
import { DEFAULT_CUE_SETTINGS, settingsRepo } from '@/storage/settings-repo';
import { FakeUtterance } from '../../../tests/setup/fake-utterance';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { SettingsPage } from './settings-page';

const voice = (voiceURI: string, name: string, lang: string, localService: boolean) =>
  ({ voiceURI, name, lang, localService, default: false }) as SpeechSynthesisVoice;
/** The device's speech: two English voices (one offline), one French; records what it is asked to say. */
const synth = Object.assign(new EventTarget(), {
  said: [] as FakeUtterance[],
  speak(u: FakeUtterance) {
    this.said.push(u);
  },
  cancel() {},
  getVoices: () => [
    voice('moira', 'Moira', 'en-IE', true),
    voice('google-us', 'Google US English', 'en-US', false),
    voice('thomas', 'Thomas', 'fr-FR', true),
  ],
});

const repo = settingsRepo(getDb());
const renderSettings = () => renderAt('/settings', '/settings', <SettingsPage />);
const voiceCoach = () => screen.findByRole('switch', { name: 'Voice coach' });

beforeEach(() => {
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  synth.said = [];
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await resetScreenAndDb();
});

describe('Settings: the voice coach', () => {
  it('is off until asked for; a sample speaks and turns it on', async () => {
    renderSettings();
    const coach = await voiceCoach();
    expect(coach).toHaveProperty('checked', false);
    fireEvent.click(screen.getByRole('button', { name: 'Play a sample' }));
    expect(synth.said.map((u) => u.text)).toEqual([SAMPLE_LINE]);
    await waitFor(() => expect(coach).toHaveProperty('checked', true));
    expect(screen.getByRole('status').textContent).toBe('Playing a sample. The voice coach is now on.');
    await waitFor(async () => expect(await repo.cues()).toMatchObject({ isVoiceOn: true, isVoiceDecided: true }));
  });

  it('a sample after the user switched it off leaves it off', async () => {
    await repo.setCues({ isVoiceOn: false, isVoiceDecided: true });
    renderSettings();
    const coach = await voiceCoach();
    fireEvent.click(screen.getByRole('button', { name: 'Play a sample' }));
    expect(synth.said).toHaveLength(1);
    expect(coach).toHaveProperty('checked', false);
    expect((await repo.cues()).isVoiceOn).toBe(false);
  });

  it('offers the English voices, offline ones first, and remembers the one chosen and the speed', async () => {
    renderSettings();
    const select = await screen.findByRole('combobox', { name: 'Voice' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['The device’s default voice', 'Moira (en-IE)', 'Google US English (en-US) — needs a connection']);
    fireEvent.change(select, { target: { value: 'google-us' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '1.2' } });
    await waitFor(async () => expect(await repo.cues()).toMatchObject({ voiceURI: 'google-us', voiceRate: 1.2 }));
    fireEvent.click(screen.getByRole('button', { name: 'Play a sample' }));
    expect(synth.said[0]?.voice?.voiceURI).toBe('google-us');
    expect(synth.said[0]?.rate).toBe(1.2);
  });

  it('says so when the remembered voice is gone, and speaks with the default', async () => {
    await repo.setCues({ voiceURI: 'a-voice-from-another-phone' });
    renderSettings();
    const select = await screen.findByRole('combobox', { name: 'Voice' });
    expect(select).toHaveProperty('value', '');
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/The voice you chose isn’t on this device now/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Play a sample' }));
    expect(synth.said[0]?.voice?.voiceURI).toBe('moira');
  });

  it('on a device without speech, says it has no voice and breaks nothing', async () => {
    vi.unstubAllGlobals();
    renderSettings();
    const coach = await voiceCoach();
    expect(coach).toHaveProperty('disabled', true);
    expect(coach.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(coach.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'This device has no voice for spoken cues.',
    );
    expect(screen.queryByRole('button', { name: 'Play a sample' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Sounds' })).toHaveProperty('checked', DEFAULT_CUE_SETTINGS.isSoundOn);
  });
});

describe('Settings: every on/off row is a labelled switch', () => {
  it('with its description, and a change is kept', async () => {
    renderSettings();
    await voiceCoach();
    const switches = screen.getAllByRole('switch');
    expect(switches.map((s) => s.getAttribute('aria-describedby') !== null)).toEqual(switches.map(() => true));
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    const sounds = screen.getByRole('switch', { name: 'Sounds' });
    fireEvent.click(sounds);
    expect(sounds).toHaveProperty('checked', false);
    await waitFor(async () => expect((await repo.cues()).isSoundOn).toBe(false));
  });
});
