import { useEffect, useRef, useSyncExternalStore } from 'react';
import { cueOutputs, cuesBetween, type CueOutput } from '@/domain/session/cues';
import { upcomingSounds } from '@/domain/session/upcoming-sounds';
import { stateAt, type SessionState } from '@/domain/session/state-at';
import { cancelScheduledSounds, isSoundRunning, scheduleSounds, subscribeSoundState } from '@/platform/cues/sound';
import { speak } from '@/platform/cues/speech';
import { vibrate } from '@/platform/cues/vibration';
import { writeHomeHint } from '@/platform/home-hint';
import { holdScreenOn, releaseScreen } from '@/platform/wake-lock';
import type { CueSettings } from '@/storage/settings-repo';
import type { SessionRepo } from '@/storage/session-repo';
import { usePlayerStore, type LiveSession } from './player-store';

const HEARTBEAT_MS = 1000;
/** How far ahead sounds go on the audio clock; refreshed every RESCHEDULE_MS and on every event. */
const SOUND_HORIZON_MS = 120_000;
const RESCHEDULE_MS = 30_000;

/**
 * Every side effect of a running session, in one place: persist events as they happen, keep a
 * heartbeat for resume-after-kill, play cues, hold the screen on. The engine itself stays pure.
 */
export function useSessionEffects(session: LiveSession, state: SessionState, now: number, repo: SessionRepo, cues: CueSettings): void {
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

  // Sounds go on the audio clock ahead of time, so they stay exact when timers are throttled;
  // rescheduled on every event, every step change and every 30 s.
  const soundEpoch = Math.floor(now / RESCHEDULE_MS);
  const isSoundOn = cues.isSoundOn;
  const isAudioRunning = useSyncExternalStore(subscribeSoundState, isSoundRunning, () => false);
  const { stepIndex, status } = state;
  useEffect(() => {
    const at = Date.now();
    if (!isSoundOn) {
      cancelScheduledSounds(at);
      return;
    }
    scheduleSounds(upcomingSounds(session.plan, stateAt(session.plan, session.events, at), at, SOUND_HORIZON_MS), at);
  }, [isSoundOn, isAudioRunning, session.plan, session.events, stepIndex, status, soundEpoch]);
  useEffect(() => () => cancelScheduledSounds(Date.now()), []);

  // Vibration and voice on transitions between the previous render's state and this one.
  const previous = useRef<SessionState | null>(null);
  useEffect(() => {
    const prev = previous.current;
    previous.current = state;
    if (!prev) return;
    const switches = { ...cues, isSoundOn: false }; // sound is scheduled above
    for (const cue of cuesBetween(session.plan, prev, state)) cueOutputs(cue, switches).forEach(perform);
  }, [state, session.plan, cues]);
}

function perform(output: CueOutput): void {
  if (output.kind === 'vibrate') vibrate(output.name);
  else if (output.kind === 'speak') speak(output.text);
}
