import type { RedFlagId } from '@/domain/pain/red-flags';
import type { PainCheck } from '@/domain/pain/types';
import type { SessionEvent } from '@/domain/session/events';
import type { Plan } from '@/domain/session/plan-types';

/** One guided session: the plan it ran (a snapshot, so later content edits never rewrite history) and its event log. */
export interface SessionRecord {
  id: string;
  routineId: string;
  routineName: string;
  plan: Plan;
  events: SessionEvent[];
  status: 'active' | 'finished';
  startedAt: number;
  /** Last moment the player was known to be open; a resume after a killed tab picks up from here. */
  lastSeenAt: number;
  endedAt: number | null;
  /** Filled when finished: the steps done and skipped. */
  outcomes: ('done' | 'skipped' | null)[] | null;
  /** Since version 2: the user ended it before the last step. */
  isEndedEarly?: boolean;
}

export type PainCheckRecord = PainCheck;

/** A self-check result, e.g. the lying leg turn: degrees of inward turn per side, or a yes/no finding. */
export interface AssessmentRecord {
  id: string;
  at: number;
  exerciseId: string;
  left: number | null;
  right: number | null;
  finding: string;
  note: string;
}

/** What the user chose after a red pain check for an exercise; applied whenever a plan is built. */
export interface ExercisePrefRecord {
  exerciseId: string;
  action: 'swap' | 'lower-dose' | 'skip';
  /** For 'swap': the alternative or regression used instead. */
  swapTo: string | null;
  decidedAt: number;
  /** The pain check that prompted it. */
  painCheckId: string | null;
}

export interface UserRoutineRecord {
  id: string;
  name: string;
  steps: { exercise: string }[];
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Where a red-flag answer was given. */
export type RedFlagSource = 'onboarding' | 'session' | 'check';

/**
 * A red-flag answer ("it swelled up"), kept until the user says a clinician has checked it.
 * Home shows the newest uncleared one in place of the one-tap Start.
 */
export interface RedFlagRecord {
  id: string;
  at: number;
  flags: RedFlagId[];
  source: RedFlagSource;
  /** The session it stopped, if any. */
  sessionId: string | null;
  /** When the user said it has been checked by a clinician; null until then. */
  clearedAt: number | null;
}

/** The player's "still open" mark, kept apart so the heartbeat never rewrites a session record. */
export interface HeartbeatRecord {
  sessionId: string;
  at: number;
}
