/**
 * Short synthesised cues (Web Audio): no audio files to download or cache. Browsers only allow
 * sound after a user gesture, so `unlockSound()` is called from the first tap on Start/Resume.
 */
type Tone = readonly [frequencyHz: number, startS: number, lengthS: number];

const TONES = {
  tick: [[880, 0, 0.08]],
  nextStep: [[660, 0, 0.14], [990, 0.16, 0.22]],
  switchSides: [[523, 0, 0.14], [784, 0.16, 0.14], [523, 0.32, 0.22]],
  finish: [[523, 0, 0.16], [659, 0.18, 0.16], [784, 0.36, 0.16], [1047, 0.54, 0.4]],
} as const satisfies Record<string, readonly Tone[]>;

export type SoundName = keyof typeof TONES;

let context: AudioContext | undefined;

export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
}

export function playSound(name: SoundName): void {
  if (!context || context.state !== 'running') return;
  const t0 = context.currentTime + 0.01;
  for (const [frequency, start, length] of TONES[name]) {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    // A quick attack and release avoids clicks.
    gain.gain.setValueAtTime(0, t0 + start);
    gain.gain.linearRampToValueAtTime(0.35, t0 + start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.001, t0 + start + length);
    osc.connect(gain).connect(context.destination);
    osc.start(t0 + start);
    osc.stop(t0 + start + length + 0.02);
  }
}
