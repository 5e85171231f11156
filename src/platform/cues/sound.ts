/**
 * Short synthesised cues (Web Audio): no audio files to download or cache. Browsers only allow
 * sound after a user gesture, so `unlockSound()` is called from the first tap on Start/Resume.
 * Session cues are scheduled ahead on the audio clock (`scheduleSounds`), which keeps time while the
 * page's timers are throttled — hidden tab, locked screen.
 */
type Tone = readonly [frequencyHz: number, startS: number, lengthS: number];

const TONES = {
  tick: [[880, 0, 0.08]],
  nextStep: [
    [660, 0, 0.14],
    [990, 0.16, 0.22],
  ],
  switchSides: [
    [523, 0, 0.14],
    [784, 0.16, 0.14],
    [523, 0.32, 0.22],
  ],
  finish: [
    [523, 0, 0.16],
    [659, 0.18, 0.16],
    [784, 0.36, 0.16],
    [1047, 0.54, 0.4],
  ],
} as const satisfies Record<string, readonly Tone[]>;

export type SoundName = keyof typeof TONES;

let context: AudioContext | undefined;
const stateListeners = new Set<() => void>();

export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return;
  if (!context) {
    context = new AudioContext();
    context.addEventListener('statechange', () => stateListeners.forEach((l) => l()));
  }
  if (context.state === 'suspended') void context.resume();
}

/** Whether sound can play now; changes when the first tap unlocks it (or the system suspends it). */
export function isSoundRunning(): boolean {
  return context?.state === 'running';
}
export function subscribeSoundState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

function isReady(ctx: AudioContext | undefined): ctx is AudioContext {
  return ctx !== undefined && ctx.state === 'running';
}

/** Play `name` at audio-clock time `when` (seconds); returns the nodes so it can be cancelled. */
function playAt(ctx: AudioContext, name: SoundName, when: number): OscillatorNode[] {
  return TONES[name].map(([frequency, start, length]) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    // A quick attack and release avoids clicks.
    gain.gain.setValueAtTime(0, when + start);
    gain.gain.linearRampToValueAtTime(0.35, when + start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.001, when + start + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(when + start);
    osc.stop(when + start + length + 0.02);
    return osc;
  });
}

/** Play now (settings "Try it"). */
export function playSound(name: SoundName): void {
  if (isReady(context)) playAt(context, name, context.currentTime + 0.01);
}

const scheduled = new Map<string, { at: number; nodes: OscillatorNode[] }>();

/**
 * Make the scheduled session sounds exactly `sounds` (wall-clock times): sounds no longer wanted are
 * cancelled unless already playing, new ones are added, ones already scheduled are left alone.
 */
export function scheduleSounds(sounds: readonly { name: SoundName; at: number }[], nowMs: number): void {
  if (!isReady(context)) return;
  const ctx = context;
  const wanted = new Map(sounds.map((s) => [`${s.name}@${s.at}`, s]));
  for (const [key, entry] of scheduled) {
    if (wanted.has(key)) continue;
    if (entry.at > nowMs) entry.nodes.forEach((n) => n.stop());
    scheduled.delete(key);
  }
  for (const [key, s] of wanted) {
    if (scheduled.has(key)) continue;
    scheduled.set(key, { at: s.at, nodes: playAt(ctx, s.name, ctx.currentTime + Math.max(0, s.at - nowMs) / 1000) });
  }
}

export function cancelScheduledSounds(nowMs: number): void {
  scheduleSounds([], nowMs);
}
