import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { cueOutputs, cuesBetween, type CueOutput } from '@/domain/session/cues';
import { upcomingSounds } from '@/domain/session/upcoming-sounds';
import { stateAt, type SessionState } from '@/domain/session/state-at';
import { cancelScheduledSounds, isSoundRunning, scheduleSounds, subscribeSoundState } from '@/platform/cues/sound';
import { vibrate } from '@/platform/cues/vibration';
import { now as clockNow } from '@/platform/clock';
import { writeHomeHint } from '@/platform/home-hint';
import { holdScreenOn, releaseScreen } from '@/platform/wake-lock';
import type { CueSettings } from '@/storage/settings-repo';
import type { SessionRepo } from '@/storage/session-repo';
import type { LiveSession } from './player-store';
import { sessionWriter, type SaveStatus, type SessionWriter } from './session-writer';
import { useUpdateGuard } from './use-update-guard';

const HEARTBEAT_MS = 1000;
/** How far ahead sounds go on the audio clock; refreshed every RESCHEDULE_MS and on every event. */
const SOUND_HORIZON_MS = 120_000;
const RESCHEDULE_MS = 30_000;

/**
 * Every side effect of a running session, in one place: persist events as they happen, keep a
 * heartbeat for resume-after-kill, play cues, hold the screen on. The engine itself stays pure.
 * Returns whether everything is saved, or a write failed and is being retried (shown to the user).
 */
export function useSessionEffects(
  session: LiveSession,
  state: SessionState,
  now: number,
  repo: SessionRepo,
  cues: CueSettings,
): SaveStatus {
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  // One writer per session, made on first use (and again after StrictMode's trial unmount).
  const writer = useRef<{ id: string; writer: SessionWriter } | null>(null);
  const writerFor = useCallback(
    (id: string) => {
      if (writer.current?.id !== id) {
        writer.current?.writer.stop();
        writer.current = { id, writer: sessionWriter(repo, id, setSaveStatus) };
      }
      return writer.current.writer;
    },
    [repo],
  );
  useEffect(
    () => () => {
      writer.current?.writer.stop();
      writer.current = null;
    },
    [],
  );

  // Persist the log: every event not yet confirmed, keyed by seq, so nothing is stored twice.
  useEffect(() => writerFor(session.id).sync(session.events), [writerFor, session.id, session.events]);

  const flush = useCallback(() => writerFor(session.id).flush(), [writerFor, session.id]);
  useUpdateGuard(session.id, state, repo, flush);

  // Heartbeat while running, and a last mark when the page goes away. It has a table of its own,
  // so the session record is not rewritten every second; a missed beat only shortens a resume.
  const isRunning = state.status === 'running';
  useEffect(() => {
    if (!isRunning) return;
    const beat = () => void repo.markSeen(session.id, clockNow()).catch(() => undefined);
    beat();
    const id = window.setInterval(beat, HEARTBEAT_MS);
    window.addEventListener('pagehide', beat);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('pagehide', beat);
    };
  }, [isRunning, repo, session.id]);

  // Finish: stored after the events, by the same writer (retried the same way).
  const isFinished = state.status === 'finished';
  const { finishedAt, outcomes } = state;
  useEffect(() => {
    if (isFinished)
      writerFor(session.id).finish(
        finishedAt ?? clockNow(),
        outcomes.map((o) => o ?? null),
      );
  }, [isFinished, writerFor, session.id, finishedAt, outcomes]);

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
    const at = clockNow();
    if (!isSoundOn) {
      cancelScheduledSounds(at);
      return;
    }
    scheduleSounds(upcomingSounds(session.plan, stateAt(session.plan, session.events, at), at, SOUND_HORIZON_MS), at);
  }, [isSoundOn, isAudioRunning, session.plan, session.events, stepIndex, status, soundEpoch]);
  useEffect(() => () => cancelScheduledSounds(clockNow()), []);

  // Vibration on transitions between the previous render's state and this one (the voice: use-voice-cues).
  const previous = useRef<SessionState | null>(null);
  useEffect(() => {
    const prev = previous.current;
    previous.current = state;
    if (!prev) return;
    const switches = { ...cues, isSoundOn: false, isVoiceOn: false }; // sound is scheduled above
    for (const cue of cuesBetween(session.plan, prev, state)) cueOutputs(cue, switches).forEach(perform);
  }, [state, session.plan, cues]);

  return saveStatus;
}

function perform(output: CueOutput): void {
  if (output.kind === 'vibrate') vibrate(output.name);
}
