import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import { EXTEND_MS, type SessionEvent } from '@/domain/session/events';
import { stateAt } from '@/domain/session/state-at';
import { useNow } from '@/platform/use-now';
import { unlockSound } from '@/platform/cues/sound';
import { getDb } from '@/storage/db';
import { DEFAULT_CUE_SETTINGS, settingsRepo } from '@/storage/settings-repo';
import { FinishView } from './finish-view';
import { StepView } from './step-view';
import { usePlayerStore, type LiveSession } from './player-store';
import { repo } from './use-live-session';
import { useSessionEffects } from './use-session-effects';

const settings = settingsRepo(getDb());

export function PlayerScreen({ session }: { session: LiveSession }) {
  const dispatch = usePlayerStore((s) => s.dispatch);
  const cues = useLiveQuery(() => settings.cues(), []) ?? DEFAULT_CUE_SETTINGS;
  // A tap is an event stamped "now": evaluate at least at the last event, so it shows at once.
  const lastEventAt = session.events.at(-1)?.at ?? 0;
  const isRunning = stateAt(session.plan, session.events, lastEventAt).status === 'running';
  const tickAt = useNow(200, isRunning);
  const now = Math.max(tickAt, lastEventAt);
  const state = useMemo(() => stateAt(session.plan, session.events, now), [session, now]);
  useSessionEffects(session, state, repo, cues);

  const act = useCallback(
    (type: Exclude<SessionEvent['type'], 'extend' | 'start'>) => {
      unlockSound();
      dispatch({ type, at: Date.now() });
    },
    [dispatch],
  );
  const extend = useCallback(() => dispatch({ type: 'extend', at: Date.now(), ms: EXTEND_MS }), [dispatch]);

  // Keyboard: space pauses/resumes, arrows go back/skip (when focus isn't in a form control).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, dialog')) return;
      const current = stateAt(session.plan, session.events, Date.now());
      if (current.status === 'finished') return;
      if (e.key === ' ') {
        e.preventDefault();
        act(current.status === 'paused' ? 'resume' : 'pause');
      } else if (e.key === 'ArrowRight') act('skip');
      else if (e.key === 'ArrowLeft') act('back');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, session]);

  if (state.status === 'finished') return <FinishView session={session} state={state} />;
  return <StepView plan={session.plan} state={state} onAct={act} onExtend={extend} />;
}
