/**
 * When to ask "how is your knee this morning?": on the first open of the day after a completed
 * session (DESIGN §6: pain after exercise should be gone by the next morning), once per session.
 * Day boundaries are local midnights, computed by the caller (DST days are 23 or 25 hours).
 */
export interface FinishedSession {
  endedAt: number;
  isEndedEarly: boolean;
  hasMorningCheck: boolean;
}

export function isMorningCheckDue(last: FinishedSession | undefined, yesterdayStart: number, todayStart: number): boolean {
  if (!last || last.isEndedEarly || last.hasMorningCheck) return false;
  // Only the morning after: a session from last week has no "next morning" to compare.
  return last.endedAt >= yesterdayStart && last.endedAt < todayStart;
}
