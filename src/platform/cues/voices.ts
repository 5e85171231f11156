/**
 * The device's voices (speechSynthesis.getVoices()), which arrive late in some browsers
 * ("voiceschanged"). The list is cached so React can subscribe to it with a stable snapshot.
 */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
let cached: readonly SpeechSynthesisVoice[] | null = null;
const listeners = new Set<() => void>();

function synth(): SpeechSynthesis | null {
  return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

function refresh(): void {
  cached = synth()?.getVoices() ?? NO_VOICES;
  listeners.forEach((l) => l());
}

/** The voices the device offers now (empty until they have loaded, or when there are none). */
export function deviceVoices(): readonly SpeechSynthesisVoice[] {
  cached ??= synth()?.getVoices() ?? NO_VOICES;
  return cached;
}

export function subscribeVoices(listener: () => void): () => void {
  const s = synth();
  if (listeners.size === 0) s?.addEventListener('voiceschanged', refresh);
  listeners.add(listener);
  // Voices may have arrived before anyone listened.
  if (s && s.getVoices().length !== deviceVoices().length) refresh();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) s?.removeEventListener('voiceschanged', refresh);
  };
}

const isEnglish = (v: VoiceLike) => v.lang.toLowerCase().startsWith('en');

/**
 * The voices to offer for English cues: English ones when there are any (a French voice reads
 * English words badly), voices on the device first (they work offline), then by name.
 */
export function voiceChoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  const english = voices.filter(isEnglish);
  return [...(english.length > 0 ? english : voices)].sort(
    (a, b) => Number(b.localService) - Number(a.localService) || a.name.localeCompare(b.name),
  );
}

/**
 * The voice to speak with: the one the user chose, while the device still has it; else the
 * device's default if it works offline; else an offline English voice; else the default; else
 * none (the browser then uses its own).
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], voiceURI: string | null): V | null {
  const chosen = voiceURI === null ? undefined : voices.find((v) => v.voiceURI === voiceURI);
  if (chosen) return chosen;
  const fallback = voices.find((v) => v.default);
  if (fallback?.localService && isEnglish(fallback)) return fallback;
  return voices.find((v) => v.localService && isEnglish(v)) ?? fallback ?? voices.find(isEnglish) ?? null;
}
