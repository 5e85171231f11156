/**
 * Self-check results. The programme reads them through `latestByKind` and `selfCheckFocus`
 * (src/domain/assessment/focus.ts); keep these signatures stable.
 */
import { latestOfEach, type LatestResults } from '@/domain/assessment/latest';
import type { KneewiseDb } from './db';
import type { AssessmentRecord } from './records';

/** Every self-check result, oldest first. */
export function listAssessments(db: KneewiseDb): Promise<AssessmentRecord[]> {
  return db.assessments.orderBy('at').toArray();
}

/** The newest result of each self-check exercise (keyed by exercise id); a check never done is absent. */
export async function latestByKind(db: KneewiseDb): Promise<LatestResults> {
  return latestOfEach(await listAssessments(db));
}

/** Resolves once the result is committed. Putting by id: recording a check again in one visit edits the same row. */
export async function addAssessment(db: KneewiseDb, record: AssessmentRecord): Promise<void> {
  await db.assessments.put(record);
}

/** Undo of `addAssessment`. */
export async function deleteAssessment(db: KneewiseDb, id: string): Promise<void> {
  await db.assessments.delete(id);
}

/** The results recorded during one session (the self-assessment routine). */
export function assessmentsOfSession(db: KneewiseDb, sessionId: string): Promise<AssessmentRecord[]> {
  return db.assessments.filter((a) => a.sessionId === sessionId).toArray();
}

/** Whether any self-check was ever recorded (History is not empty then). */
export async function hasAssessments(db: KneewiseDb): Promise<boolean> {
  return (await db.assessments.limit(1).count()) > 0;
}
