import { useEffect, useRef } from 'react';
import { cueOutputs, cuesBetween, type CueOutput } from '@/domain/session/cues';
import type { SessionState } from '@/domain/session/state-at';
import { playSound } from '@/platform/cues/sound';
import { speak } from '@/platform/cues/speech';
import { vibrate } from '@/platform/cues/vibration';
import { writeHomeHint } from '@/platform/home-hint';
import { holdScreenOn, releaseScreen } from '@/platform/wake-lock';
import type { CueSettings } from '@/storage/settings-repo';
import type { SessionRepo } from '@/storage/session-repo';
import { usePlayerStore, type LiveSession } from './player-store';

const HEARTBEAT_MS = 1000;

/**
 * Every side effect of a running session, in one place: persist events as they happen, keep a
 * heartbeat for resume-after-kill, play cues, hold the screen on. The engine itself stays pure.
 */
export function useSessionEffects(session: LiveSession, state: SessionState, repo: SessionRepo, cues: CueSettings): void {
  const markPersisted = usePlayerStore((s) => s.markPersisted);
  const writing = useRef<Promise<void>>(Promise.resolve());

  // Persist new events in order; a failed write is retried with the next one.
  useEffect(() => {
    const { id, events, persistedCount } = session;
    if (events.length <= persistedCount) return;
    const batch = events.slice(persistedCount);
    const upTo = events.length;
    writing.current = writing.current
      .then(() => repo.append(id, batch, Date.now()))
      .then(() => markPersisted(upTo))
      .catch(() => undefined);
  }, [session, repo, markPersisted]);

  // Heartbeat while running, and a last mark when the page goes away.
  const isRunning = state.status === 'running';
  useEffect(() => {
    if (!isRunning) return;
    const beat = () => void repo.markSeen(session.id, Date.now()).catch(() => undefined);
    beat();
    const id = window.setInterval(beat, HEARTBEAT_MS);
    window.addEventListener('pagehide', beat);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('pagehide', beat);
    };
  }, [isRunning, repo, session.id]);

  // Finish: store the outcome once.
  const isFinished = state.status === 'finished';
  const finishedId = useRef<string | null>(null);
  useEffect(() => {
    if (!isFinished || finishedId.current === session.id) return;
    finishedId.current = session.id;
    const endedAt = state.finishedAt ?? Date.now();
    const outcomes = state.outcomes.map((o) => o ?? null);
    writing.current = writing.current.then(() => repo.finish(session.id, endedAt, outcomes)).catch(() => undefined);
  }, [isFinished, repo, session.id, state.finishedAt, state.outcomes]);

  // Home shows "Resume" from its first paint while a session is unfinished.
  useEffect(() => {
    writeHomeHint({ activeRoutineName: isFinished ? null : session.plan.routineName });
  }, [isFinished, session.plan.routineName]);

  // Screen on while running; released on pause and finish.
  useEffect(() => {
    if (isRunning) holdScreenOn();
    else releaseScreen();
  }, [isRunning]);
  useEffect(() => releaseScreen, []);

  // Cues on transitions between the previous render's state and this one.
  const previous = useRef<SessionState | null>(null);
  useEffect(() => {
    const prev = previous.current;
    previous.current = state;
    if (!prev) return;
    for (const cue of cuesBetween(session.plan, prev, state)) cueOutputs(cue, cues).forEach(perform);
  }, [state, session.plan, cues]);
}

function perform(output: CueOutput): void {
  if (output.kind === 'sound') playSound(output.name);
  else if (output.kind === 'vibrate') vibrate(output.name);
  else speak(output.text);
}
