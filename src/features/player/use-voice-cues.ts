import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { findExercise } from '@/content/exercise-catalog';
import { isVoiceLineDue, voiceCuesBetween, type ExerciseWords } from '@/domain/session/cues-voice';
import { stateAt, type SessionState } from '@/domain/session/state-at';
import { now as clockNow } from '@/platform/clock';
import { speechQueue } from '@/platform/cues/speech';
import type { LiveSession } from './player-store';
import { settings } from './player-repos';

/** The content's words for the coach: an exercise's first cue and what to move when switching sides. */
export const exerciseWords: ExerciseWords = (id) => {
  const exercise = findExercise(id);
  return exercise && { firstCue: exercise.cues[0], switchCue: exercise.switchCue };
};

/**
 * The voice coach: speaks the cue plan's lines for each change of the session's state, through the
 * one speech queue. A line is asked, just before it starts, whether the session (read from the log
 * at that moment, not at the last render) is still at its step and moment. `answer` is the one-time
 * prompt's answer in this session (null before it, or if saving it failed).
 */
export function useVoiceCues(session: LiveSession, state: SessionState, answer: boolean | null): void {
  // undefined while IndexedDB is read: no state is tracked yet, so a session just started still says its first step.
  const cues = useLiveQuery(() => settings.cues(), []);
  // Until the first-session answer is stored (and the settings query has re-read it), the tap itself
  // decides: a step left a moment after "Yes" is spoken, not lost to a query that hasn't caught up.
  const isOn = cues?.isVoiceDecided === true ? cues.isVoiceOn : answer === true;
  const latest = useRef(session);
  const previous = useRef<SessionState | null>(null);
  useEffect(() => {
    latest.current = session;
  }, [session]);

  useEffect(() => {
    if (cues === undefined) return;
    const prev = previous.current;
    previous.current = state;
    const queue = speechQueue();
    if (!queue || !isOn) return;
    queue.setVoice({ voiceURI: cues.voiceURI, rate: cues.voiceRate });
    const { isCancel, lines } = voiceCuesBetween(session.plan, prev, state, exerciseWords);
    if (isCancel) queue.cancel();
    for (const line of lines)
      queue.say({
        text: line.text,
        isDue: () => {
          const { plan, events } = latest.current;
          return isVoiceLineDue(plan, line, stateAt(plan, events, Math.max(clockNow(), events.at(-1)?.at ?? 0)));
        },
      });
  }, [cues, isOn, session.plan, state]);

  // Switched off (in Settings, another tab) or the player left: silence at once.
  useEffect(() => {
    if (!isOn) speechQueue()?.cancel();
  }, [isOn]);
  useEffect(() => () => speechQueue()?.cancel(), []);
}
