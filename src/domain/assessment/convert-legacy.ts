/**
 * Rows of the old self-check shape (`left`/`right` numbers and a free-text finding, declared in
 * db versions 2–3 and backup formats 1–2) as typed results. Nothing is dropped: what the old shape
 * cannot say (a hip drop, where it was felt) becomes "not noted", and the finding joins the note.
 */
import { checkKindOf, turnDirectionOf, type Assessment, type SideAngle, type StanceSide } from './types';

export interface LegacyAssessment {
  id: string;
  at: number;
  exerciseId: string;
  left: number | null;
  right: number | null;
  finding: string;
  note: string;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const angle = (n: number | null): SideAngle | null =>
  finite(n) ? { degrees: Math.round(Math.min(180, Math.abs(n))), method: 'picker' } : null;
const stance = (n: number | null): StanceSide | null =>
  finite(n) ? { seconds: Math.round(Math.min(600, Math.max(0, n))), hipDrop: null } : null;

/** Whether a stored row still has the old shape. */
export const isLegacyAssessment = (row: object): boolean => !('result' in row);

/** The typed result for an old row; an exercise that is not a known check keeps its numbers as angles. */
export function convertLegacyAssessment(row: LegacyAssessment): Assessment {
  const note = [row.finding.trim(), row.note.trim()].filter((t) => t !== '').join(' — ');
  const base = { id: row.id, at: row.at, exerciseId: row.exerciseId, sessionId: null, note };
  switch (checkKindOf(row.exerciseId)) {
    case 'single-leg-stance':
      return { ...base, kind: 'single-leg-stance', result: { left: stance(row.left), right: stance(row.right) } };
    case 'knees-cave':
      return { ...base, kind: 'knees-cave', result: { cave: null, felt: [] } };
    default:
      return {
        ...base,
        kind: 'leg-turn',
        result: { direction: turnDirectionOf(row.exerciseId), left: angle(row.left), right: angle(row.right) },
      };
  }
}
