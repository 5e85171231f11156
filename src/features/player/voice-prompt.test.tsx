// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import { FakeUtterance } from '../../../tests/setup/fake-utterance';
import { resetScreenAndDb } from '../../../tests/setup/render-at';
import { settings } from './player-repos';
import { VoicePrompt } from './voice-prompt';

const synth = Object.assign(new EventTarget(), {
  said: [] as FakeUtterance[],
  speak(u: FakeUtterance) {
    this.said.push(u);
  },
  cancel() {},
  getVoices: () => [{ voiceURI: 'moira', name: 'Moira', lang: 'en-IE', localService: true, default: true }],
});
const plan: Plan = {
  routineId: 'daily-hip-release',
  routineName: 'Daily hip release',
  steps: [{ type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 10_000 }],
};

beforeEach(() => {
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  synth.said = [];
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await resetScreenAndDb();
});

describe('VoicePrompt', () => {
  it('"Yes" speaks the step on screen, hands the answer over at once, and stores it', async () => {
    const onAnswer = vi.fn();
    render(<VoicePrompt plan={plan} stepIndex={0} onAnswer={onAnswer} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect(onAnswer).toHaveBeenCalledWith(true);
    expect(synth.said.map((u) => u.text)).toEqual(['How is your knee?']);
    await vi.waitFor(async () => expect(await settings.cues()).toMatchObject({ isVoiceOn: true, isVoiceDecided: true }));
    expect(screen.queryByRole('region', { name: 'Spoken cues?' })).toBeNull();
  });

  it('an answer that cannot be saved is taken back, the question stays, and the reason is shown', async () => {
    vi.spyOn(settings, 'setCues').mockRejectedValue(new Error('QuotaExceededError'));
    const onAnswer = vi.fn();
    render(<VoicePrompt plan={plan} stepIndex={0} onAnswer={onAnswer} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t save your answer. Try again, or choose in Settings.');
    expect(onAnswer.mock.calls).toEqual([[true], [null]]);
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });
});
