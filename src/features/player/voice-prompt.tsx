import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, useSyncExternalStore } from 'react';
import { startLine } from '@/domain/session/cues-voice';
import type { Plan } from '@/domain/session/plan-types';
import { focusTarget } from '@/platform/focus';
import { isSpeechAvailable, speakSample } from '@/platform/cues/speech';
import { deviceVoices, subscribeVoices } from '@/platform/cues/voices';
import { settings } from './player-repos';
import './voice-prompt.css';
import { exerciseWords } from './use-voice-cues';

const hasVoices = () => deviceVoices().length > 0;

/**
 * "Spoken cues? Yes / Not now", once, on the first session run on a device that can speak. Yes says
 * the step on screen at once (the tap also lets iOS speak); either answer is kept and never asked again.
 */
interface Props {
  plan: Plan;
  stepIndex: number;
  /** The answer, as soon as it is tapped (null again if it couldn't be saved), so the coach needn't wait for storage. */
  onAnswer: (isOn: boolean | null) => void;
}

export function VoicePrompt({ plan, stepIndex, onAnswer }: Props) {
  const cues = useLiveQuery(() => settings.cues(), []);
  const isSpeaking = useSyncExternalStore(subscribeVoices, hasVoices, () => false);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState(false);
  const box = useRef<HTMLElement>(null);
  if (!isSpeechAvailable() || !isSpeaking || !cues || cues.isVoiceDecided || answered) return null;

  const answer = (isOn: boolean) => {
    setError(null);
    // The step's heading takes focus before this box goes, so focus never drops to the page.
    // (The knee check's heading comes with its own read; until then the focusable frame holds focus.)
    const frame = box.current?.closest<HTMLElement>('.player-frame');
    if (!focusTarget(frame?.querySelector<HTMLElement>('.player h1'))) frame?.focus({ preventScroll: true });
    setAnswered(true);
    onAnswer(isOn);
    if (isOn) speakSample(startLine(plan, stepIndex, exerciseWords), { voiceURI: cues.voiceURI, rate: cues.voiceRate });
    settings.setCues({ isVoiceOn: isOn, isVoiceDecided: true }).catch(() => {
      setAnswered(false);
      onAnswer(null);
      setError('Couldn’t save your answer. Try again, or choose in Settings.');
    });
  };
  return (
    <section ref={box} className="voice-prompt card" aria-labelledby="voice-prompt-title">
      <h2 id="voice-prompt-title" className="voice-prompt-title">
        Spoken cues?
      </h2>
      <p className="voice-prompt-text">A voice says each exercise, the side and when to switch — for a phone lying on the mat.</p>
      <div className="voice-prompt-actions">
        <button type="button" className="button button-primary" onClick={() => answer(true)}>
          Yes
        </button>
        <button type="button" className="button" onClick={() => answer(false)}>
          Not now
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
