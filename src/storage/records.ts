import type { LegacyAssessment } from '@/domain/assessment/convert-legacy';
import type { Assessment } from '@/domain/assessment/types';
import type { RedFlagId } from '@/domain/pain/red-flags';
import type { PainCheck } from '@/domain/pain/types';
import type { UserRoutine, UserRoutineStep as UserRoutineStepType } from '@/domain/routines/user-routine-types';
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

/** A self-check result (issue 8): a typed result per check kind, see src/domain/assessment/types.ts. */
export type AssessmentRecord = Assessment;

/** A self-check row as versions 2–3 declared it (no screen wrote one); the v4 upgrade and format 1–2 imports convert it. */
export type LegacyAssessmentRecord = LegacyAssessment;

/** An activity the person named for the Patient-Specific Functional Scale ("stairs"). */
export interface OutcomeActivityRecord {
  id: string;
  name: string;
  addedAt: number;
  /** When the person stopped rating it; its past ratings stay. */
  retiredAt: number | null;
}

/** One week's outcome-scale ratings (0 = cannot do, 10 = as before the problem). */
export interface OutcomeRatingRecord {
  id: string;
  at: number;
  /** The local date (YYYY-MM-DD) of the Monday of the week rated. */
  weekOf: string;
  ratings: { activityId: string; score: number }[];
}

/** One run of the programme: started once, ended (or left) once. */
export interface ProgrammeRunRecord {
  id: string;
  /** The programme's content id. */
  programmeId: string;
  startedAt: number;
  /** The local date (YYYY-MM-DD) of day 1; weeks count from here. */
  startDay: string;
  endedAt: number | null;
}

/**
 * A fact about a ladder: a level taken (up or down), an offer declined, or a change undone. The
 * current level of each ladder is folded from these, never stored as a moving marker.
 */
export interface LevelChangeRecord {
  id: string;
  at: number;
  runId: string;
  ladderId: string;
  kind: 'up' | 'down' | 'declined' | 'undo';
  fromExerciseId: string;
  toExerciseId: string;
  /** The ladder levels (content ids) it moved between; the same for 'declined'. */
  fromLevelId: string;
  toLevelId: string;
  /** For 'undo': the id of the change it takes back. */
  undoes: string | null;
  /** Plain words the user saw: "2 sessions done in full, knee green". */
  reason: string;
  sessionId: string | null;
}

/** An unsaved edit of an own routine, kept across a reload until saved or discarded (not backed up). */
export interface RoutineDraftRecord {
  /** The routine's id, or `new` for one not saved yet. */
  id: string;
  updatedAt: number;
  routine: UserRoutineRecord;
}

/** When a routine is due: days of the week (0 = Sunday … 6 = Saturday) at a local time. */
export interface ScheduleRecord {
  routineId: string;
  days: number[];
  /** Local time, "07:30". */
  time: string;
  updatedAt: number;
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

/** An own routine and its steps (builder, issue 11); defined in the domain, which plays them. */
export type UserRoutineStep = UserRoutineStepType;
export type UserRoutineRecord = UserRoutine;

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
