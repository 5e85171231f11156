/**
 * The current level of a ladder, folded from level-change facts — never a stored marker. A change
 * can be undone by a later fact that names it; an undone change no longer counts. `since` is the
 * moment of the last fact that changed what the rule should look at: sessions before it belong to
 * the level that was, or to an offer already answered.
 */
import type { LadderFile, LadderLevel } from '@/content/programme-schema';

export interface LevelChange {
  id: string;
  at: number;
  ladderId: string;
  kind: 'up' | 'down' | 'declined' | 'undo';
  fromLevelId: string;
  toLevelId: string;
  /** For an undo: the change it takes back. */
  undoes: string | null;
}

export interface LadderState {
  index: number;
  level: LadderLevel;
  /** Sessions at or after this count towards the next decision; null = since the run started. */
  since: number | null;
  /** The newest change still in force (for Undo and "why"), if any. */
  last: LevelChange | null;
}

export function baseIndex(ladder: LadderFile): number {
  return Math.max(
    0,
    ladder.levels.findIndex((l) => l.id === ladder.base),
  );
}

/** Fold the ladder's facts (any order) into its current level. */
export function ladderState(ladder: LadderFile, changes: readonly LevelChange[]): LadderState {
  const own = changes.filter((c) => c.ladderId === ladder.id).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const undone = new Set(own.flatMap((c) => (c.kind === 'undo' && c.undoes ? [c.undoes] : [])));
  const byId = new Map(own.map((c) => [c.id, c]));
  let index = baseIndex(ladder);
  let since: number | null = null;
  let last: LevelChange | null = null;
  for (const c of own) {
    if (c.kind === 'undo') {
      const target = c.undoes ? byId.get(c.undoes) : undefined;
      // Taking back "Not now" brings the offer back; taking back a step moves the clock on.
      if (target && target.kind !== 'declined') since = c.at;
      continue;
    }
    if (undone.has(c.id)) continue;
    since = c.at;
    last = c;
    if (c.kind === 'declined') continue;
    const to = ladder.levels.findIndex((l) => l.id === c.toLevelId);
    if (to >= 0) index = to;
  }
  const level = ladder.levels[index] ?? ladder.levels[0];
  if (!level) throw new Error(`Ladder "${ladder.id}" has no levels`);
  return { index, level, since, last };
}
