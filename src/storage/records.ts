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
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
