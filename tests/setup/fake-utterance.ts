/** A stand-in for the browser's SpeechSynthesisUtterance in unit tests: what was set on it, and its two handlers. */
export class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}
