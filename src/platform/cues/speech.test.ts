// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeUtterance } from '../../../tests/setup/fake-utterance';
import { createSpeechQueue, type SpeechLine } from './speech';

const voice = (voiceURI: string, lang: string, localService: boolean, isDefault = false) =>
  ({ voiceURI, name: voiceURI, lang, localService, default: isDefault }) as SpeechSynthesisVoice;

/** speechSynthesis as the queue uses it; refuses a second utterance while one plays (overlap). */
class FakeSynth {
  spoken: FakeUtterance[] = [];
  playing: FakeUtterance | null = null;
  cancels = 0;
  voices = [voice('net-en', 'en-US', false, true), voice('local-fr', 'fr-FR', true), voice('local-en', 'en-GB', true)];
  speak(u: FakeUtterance) {
    if (this.playing) throw new Error(`"${u.text}" started over "${this.playing.text}"`);
    this.playing = u;
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
    const u = this.playing;
    this.playing = null;
    u?.onerror?.(); // browsers report a cancelled utterance as an error ("interrupted")
  }
  getVoices() {
    return this.voices;
  }
  /** The utterance playing fails (no voice, audio busy). */
  fail() {
    const u = this.playing;
    this.playing = null;
    u?.onerror?.();
  }
  /** The utterance playing comes to its end. */
  finish() {
    const u = this.playing;
    this.playing = null;
    u?.onend?.();
  }
}

let synth: FakeSynth;
const queue = () => createSpeechQueue(synth as unknown as SpeechSynthesis);
const line = (text: string, isDue = () => true): SpeechLine => ({ text, isDue });
const texts = () => synth.spoken.map((u) => u.text);

beforeEach(() => {
  synth = new FakeSynth();
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('speech queue', () => {
  it('speaks lines one after another, never two at once', () => {
    const q = queue();
    q.say(line('Get ready'));
    q.say(line('3, 2, 1'));
    expect(texts()).toEqual(['Get ready']);
    synth.finish();
    expect(texts()).toEqual(['Get ready', '3, 2, 1']);
    synth.finish();
    expect(synth.playing).toBeNull();
  });

  it('drops a line whose moment passed while it waited, and says the next one due', () => {
    const q = queue();
    let isStepOn = true;
    q.say(line('Switch sides — right leg'));
    q.say(line('3, 2, 1', () => isStepOn));
    q.say(line('Tennis ball on the glutes, right side'));
    isStepOn = false;
    synth.finish();
    expect(texts()).toEqual(['Switch sides — right leg', 'Tennis ball on the glutes, right side']);
  });

  it('asks whether a line is due only when it would start', () => {
    const q = queue();
    const isDue = vi.fn(() => true);
    q.say(line('first'));
    q.say(line('second', isDue));
    expect(isDue).not.toHaveBeenCalled();
    synth.finish();
    expect(isDue).toHaveBeenCalledTimes(1);
  });

  it('cancel stops the line being spoken and drops the waiting ones', () => {
    const q = queue();
    q.say(line('Halfway'));
    q.say(line('3, 2, 1'));
    q.cancel();
    expect(synth.cancels).toBe(1);
    synth.finish();
    expect(texts()).toEqual(['Halfway']);
    q.say(line('Rest'));
    expect(texts()).toEqual(['Halfway', 'Rest']);
  });

  it('a cancelled line that reports its end late does not start another over the next one', () => {
    const q = queue();
    q.say(line('old'));
    const old = synth.spoken[0];
    q.cancel();
    q.say(line('new'));
    old?.onend?.();
    q.say(line('after'));
    expect(texts()).toEqual(['old', 'new']);
  });

  it('moves on after an utterance that fails', () => {
    const q = queue();
    q.say(line('one'));
    q.say(line('two'));
    synth.fail();
    expect(texts()).toEqual(['one', 'two']);
  });

  it('moves on when the browser never reports the end', () => {
    vi.useFakeTimers();
    const q = queue();
    q.say(line('lost'));
    q.say(line('next'));
    vi.advanceTimersByTime(3000);
    expect(texts()).toEqual(['lost']);
    vi.advanceTimersByTime(2000);
    expect(texts()).toEqual(['lost', 'next']);
    expect(synth.cancels).toBe(1);
  });

  it.each<[string, string | null, string]>([
    ['the chosen voice', 'local-fr', 'local-fr'],
    ['a voice on the device when the chosen one is gone', 'gone', 'local-en'],
    ['a voice on the device when none was chosen', null, 'local-en'],
  ])('speaks with %s', (_name, voiceURI, expected) => {
    const q = queue();
    q.setVoice({ voiceURI, rate: 1.2 });
    q.say(line('Halfway'));
    expect(synth.spoken[0]?.voice?.voiceURI).toBe(expected);
    expect(synth.spoken[0]?.rate).toBe(1.2);
  });

  it('speaks without choosing a voice on a device that lists none', () => {
    synth.voices = [];
    const q = queue();
    q.say(line('Halfway'));
    expect(synth.spoken[0]?.voice).toBeNull();
    expect(synth.spoken[0]?.lang).toBe('en');
  });

  it('sets the audio session to mix with other audio where there is one', () => {
    const audioSession = { type: 'auto' };
    Object.defineProperty(navigator, 'audioSession', { value: audioSession, configurable: true });
    queue().say(line('Halfway'));
    expect(audioSession.type).toBe('ambient');
    Reflect.deleteProperty(navigator, 'audioSession');
  });
});
