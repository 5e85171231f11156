/** Spoken cues through the system voice, when the user turned them on. */
export function isSpeechAvailable(): boolean {
  return typeof speechSynthesis !== 'undefined';
}

export function speak(text: string): void {
  if (!isSpeechAvailable()) return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 1;
  speechSynthesis.speak(utterance);
}
