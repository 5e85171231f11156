import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RedFlagId } from '@/domain/pain/red-flags';
import { EXTEND_MS, type SessionEvent } from '@/domain/session/events';
import { isTimed } from '@/domain/session/plan-types';
import { stateAt } from '@/domain/session/state-at';
import { now as clockNow } from '@/platform/clock';
import { useFocusOnChange } from '@/platform/focus';
import { useNow } from '@/platform/use-now';
import { unlockSound } from '@/platform/cues/sound';
import { DEFAULT_CUE_SETTINGS } from '@/storage/settings-repo';
import { FinishView, type RedFlagStop } from './finish-view';
import { saveSessionRedFlags } from './red-flag-dialog';
import { SaveStatusBanner } from './save-status-banner';
import { StepView } from './step-view';
import { SwitchingRoutine } from './switching-routine';
import { usePlayerStore, type LiveSession } from './player-store';
import { pain, sessions, settings } from './player-repos';
import { useSessionEffects } from './use-session-effects';
import { useVoiceCues } from './use-voice-cues';
import { VoicePrompt } from './voice-prompt';
import { isOnControl } from './is-on-control';

const BOTH_KNEES = ['left', 'right'] as const;

export function PlayerScreen({ session }: { session: LiveSession }) {
  const dispatch = usePlayerStore((s) => s.dispatch);
  const cues = useLiveQuery(() => settings.cues(), []) ?? DEFAULT_CUE_SETTINGS;
  // undefined while IndexedDB is read, null when no profile: then ask about both knees.
  const profile = useLiveQuery(() => settings.profile(), []);
  const knees = profile === undefined ? null : (profile?.knees ?? BOTH_KNEES);
  // The one-tap "no pain" records and the step they were answered on: Undo shows on the step after it.
  const [quickCheck, setQuickCheck] = useState<{ ids: string[]; step: number } | null>(null);
  const [advice, setAdvice] = useState<RedFlagStop | null>(null);
  const [switchTo, setSwitchTo] = useState<{ fromSessionId: string; routineId: string } | null>(null);
  // A tap is an event stamped "now": evaluate at least at the last event, so it shows at once.
  const lastEventAt = session.events.at(-1)?.at ?? 0;
  const isRunning = stateAt(session.plan, session.events, lastEventAt).status === 'running';
  const tickAt = useNow(200, isRunning);
  const now = Math.max(tickAt, lastEventAt);
  const state = useMemo(() => stateAt(session.plan, session.events, now), [session, now]);
  const saveStatus = useSessionEffects(session, state, now, sessions, cues);
  const [voiceAnswer, setVoiceAnswer] = useState<boolean | null>(null);
  useVoiceCues(session, state, voiceAnswer);

  // A tap is for the step on screen: if that step ran out a moment ago, the tap applies to nothing.
  const shownStep = state.stepIndex;
  const act = useCallback(
    (type: Exclude<SessionEvent['type'], 'extend' | 'start'>, step = shownStep) => {
      unlockSound();
      dispatch({ type }, step);
    },
    [dispatch, shownStep],
  );
  const extend = useCallback(() => dispatch({ type: 'extend', ms: EXTEND_MS }, shownStep), [dispatch, shownStep]);

  // Keyboard: space pauses/resumes a timed step, arrows go back/skip — only when focus is on no
  // control, so Space or an arrow on a focused button (a score, "No knee pain", End session) is that button's.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isOnControl(e.target) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const current = stateAt(session.plan, session.events, Math.max(clockNow(), session.events.at(-1)?.at ?? 0));
      if (current.status === 'finished') return;
      const step = session.plan.steps[current.stepIndex];
      if (e.key === ' ') {
        e.preventDefault();
        if (step && isTimed(step)) act(current.status === 'paused' ? 'resume' : 'pause', current.stepIndex);
      } else if (e.key === 'ArrowRight') act('skip', current.stepIndex);
      else if (e.key === 'ArrowLeft') act('back', current.stepIndex);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, session]);

  const completeCheck = (quickIds?: string[]) => {
    setQuickCheck(quickIds ? { ids: quickIds, step: shownStep } : null);
    act('complete');
  };
  // One Undo at a time: on the step right after the check, and never on another knee check (which has its own).
  const nextStep = session.plan.steps[shownStep];
  const isUndoShown = quickCheck !== null && shownStep === quickCheck.step + 1 && nextStep?.type !== 'painCheck';
  const undoQuickCheck = () => {
    const ids = quickCheck?.ids ?? [];
    setQuickCheck(null);
    void pain.remove(ids).then(() => act('back'));
  };
  // Focusable (not tabbable): it holds focus while a new step's heading is still loading, never the body.
  const frame = useRef<HTMLDivElement>(null);
  useFocusOnChange(frame, state.status === 'finished' ? 'finished' : String(state.stepIndex));
  // Stored first: the screen says "stopped" only once the answer is on the device (or failed to be).
  const stopForRedFlags = (flags: RedFlagId[]) => {
    void saveSessionRedFlags(flags, session.id).then((isSaved) => {
      setAdvice({ flags, isSaved });
      act('end');
    });
  };

  const switchRoutine = (routineId: string) => {
    setSwitchTo({ fromSessionId: session.id, routineId });
    act('end');
  };

  const banner = <SaveStatusBanner status={saveStatus} />;
  // The first child of the frame in both branches below, so it stays mounted from the last step to the
  // finish and its new text is announced (a region inserted already filled is not).
  const ending = (
    <p className="visually-hidden" role="status">
      {state.status !== 'finished' ? '' : state.isEndedEarly ? 'Session ended.' : 'Session complete.'}
    </p>
  );
  if (state.status === 'finished' && switchTo?.fromSessionId === session.id) return <SwitchingRoutine {...switchTo} />;
  if (state.status === 'finished')
    return (
      <div ref={frame} tabIndex={-1} className="player-frame">
        {ending}
        {banner}
        <FinishView session={session} state={state} advice={advice} />
      </div>
    );
  return (
    <div ref={frame} tabIndex={-1} className="player-frame">
      {ending}
      {banner}
      <VoicePrompt plan={session.plan} stepIndex={state.stepIndex} onAnswer={setVoiceAnswer} />
      <StepView
        sessionId={session.id}
        plan={session.plan}
        state={state}
        knees={knees}
        onAct={act}
        onExtend={extend}
        onCompleteCheck={completeCheck}
        onRedFlags={stopForRedFlags}
        onSwitchRoutine={switchRoutine}
        onUndoQuickCheck={isUndoShown ? undoQuickCheck : null}
      />
    </div>
  );
}
