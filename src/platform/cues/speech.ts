/**
 * Spoken cues through the device's own voices (speechSynthesis: no network once a local voice
 * exists). One queue speaks one line at a time — we never hand the browser a second utterance
 * while one is playing, so a line can still be dropped if its moment passes while it waits.
 */
import { mixWithOtherAudio } from './audio-session';
import { pickVoice } from './voices';

export interface SpeechLine {
  text: string;
  /** Asked just before the line would start: false drops it (its step or moment has passed). */
  isDue: () => boolean;
}

export interface VoiceChoice {
  /** The chosen voice, remembered by URI; null (or a voice gone from the device) speaks with the default. */
  voiceURI: string | null;
  rate: number;
}

export interface SpeechQueue {
  say: (line: SpeechLine) => void;
  /** Stop the line being spoken and drop every waiting one (pause, end, leaving the player). */
  cancel: () => void;
  setVoice: (choice: VoiceChoice) => void;
}

/**
 * Some browsers never fire `end` (Chrome loses it for a utterance that is garbage-collected or
 * cut by the system): after this long the line counts as spoken, so the queue can't stall.
 */
const WATCHDOG_MS = 4000;
const WATCHDOG_PER_CHAR_MS = 120;

export function isSpeechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function createSpeechQueue(synth: SpeechSynthesis): SpeechQueue {
  let waiting: SpeechLine[] = [];
  let current: { utterance: SpeechSynthesisUtterance; watchdog: number } | null = null;
  let choice: VoiceChoice = { voiceURI: null, rate: 1 };

  const next = () => {
    if (current) return;
    let line = waiting.shift();
    while (line && !line.isDue()) line = waiting.shift();
    if (line) start(line);
  };

  const start = (line: SpeechLine) => {
    const utterance = new SpeechSynthesisUtterance(line.text);
    const voice = pickVoice(synth.getVoices(), choice.voiceURI);
    if (voice) {
      utterance.voice = voice;
      utterance.lang = voice.lang;
    } else utterance.lang = 'en';
    utterance.rate = choice.rate;
    const done = () => {
      if (current?.utterance !== utterance) return; // a cancelled line reports late: already let go
      window.clearTimeout(current.watchdog);
      current = null;
      next();
    };
    utterance.onend = done;
    utterance.onerror = done;
    const watchdog = window.setTimeout(
      () => {
        if (current?.utterance !== utterance) return;
        synth.cancel();
        done();
      },
      WATCHDOG_MS + (line.text.length * WATCHDOG_PER_CHAR_MS) / choice.rate,
    );
    current = { utterance, watchdog };
    mixWithOtherAudio();
    synth.speak(utterance);
  };

  return {
    say(line) {
      waiting.push(line);
      next();
    },
    cancel() {
      waiting = [];
      if (!current) return;
      window.clearTimeout(current.watchdog);
      current = null;
      synth.cancel();
    },
    setVoice(c) {
      choice = c;
    },
  };
}

let shared: SpeechQueue | null | undefined;

/** The app's one queue (the player and the settings sample share it, so they never overlap); null without speech. */
export function speechQueue(): SpeechQueue | null {
  shared ??= isSpeechAvailable() ? createSpeechQueue(speechSynthesis) : null;
  return shared;
}

/** Settings' "Play a sample": whatever was being said stops, and the sample is said at once. */
export function speakSample(text: string, choice: VoiceChoice): void {
  const queue = speechQueue();
  if (!queue) return;
  queue.cancel();
  queue.setVoice(choice);
  queue.say({ text, isDue: () => true });
}
