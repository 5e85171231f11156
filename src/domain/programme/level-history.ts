/**
 * Every level fact of a run in plain words, oldest first, for History and the physio report: what
 * changed, between which levels, why, and whether it was later undone. The facts are shown as they
 * were recorded; the current level is the fold (level-fold.ts), never this list read backwards.
 */
import type { ProgrammeFile } from '@/content/programme-schema';
import { daysBetween } from './calendar-day';
import type { LevelChange } from './level-fold';

export interface LevelHistoryRow {
  id: string;
  at: number;
  ladder: string;
  /** "Up: Glute bridge 2 × 10 → Glute bridge 3 × 12, slow". */
  change: string;
  reason: string;
  /** Taken back later by an undo. */
  isUndone: boolean;
}

const KIND_WORDS = { up: 'Up', down: 'Down', declined: 'Offer declined', undo: 'Undone' } as const;

export function levelHistory(
  p: ProgrammeFile,
  changes: readonly (LevelChange & { reason: string })[],
  exerciseName: (id: string) => string,
): LevelHistoryRow[] {
  const undone = new Set(changes.flatMap((c) => (c.kind === 'undo' && c.undoes ? [c.undoes] : [])));
  const levelWords = (ladderId: string, levelId: string) => {
    const level = p.ladders.find((l) => l.id === ladderId)?.levels.find((l) => l.id === levelId);
    return level ? `${exerciseName(level.exercise)} ${level.label}` : levelId;
  };
  return [...changes]
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
    .map((c) => {
      const ladder = p.ladders.find((l) => l.id === c.ladderId)?.name ?? c.ladderId;
      const from = levelWords(c.ladderId, c.fromLevelId);
      const to = levelWords(c.ladderId, c.toLevelId);
      const change = c.kind === 'declined' ? `${KIND_WORDS.declined}: stayed at ${from}` : `${KIND_WORDS[c.kind]}: ${from} → ${to}`;
      return { id: c.id, at: c.at, ladder, change, reason: c.reason, isUndone: undone.has(c.id) };
    });
}

/** "Week 3 of 8", "Starts 2026-03-09" or "All 8 weeks done" for a run that started on `startDay`. */
export function programmeWeekWords(p: Pick<ProgrammeFile, 'weeks'>, startDay: string, today: string): string {
  const days = daysBetween(startDay, today);
  if (days < 0) return `Starts ${startDay}`;
  if (days > p.weeks * 7) return `All ${p.weeks} weeks done`;
  return `Week ${Math.min(p.weeks, Math.floor(days / 7) + 1)} of ${p.weeks}`;
}
