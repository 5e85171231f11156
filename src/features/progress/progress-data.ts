import { useLiveQuery } from 'dexie-react-hooks';
import { listAssessments } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { listOutcomeActivities, listOutcomeRatings } from '@/storage/outcome-repo';
import type { AssessmentRecord, OutcomeActivityRecord, OutcomeRatingRecord } from '@/storage/records';

/**
 * Opening the database takes a while: begun as the page's module runs (getDb opens it, and reports
 * an open that fails), it overlaps the page's first render instead of following it.
 */
export function openEarly(): void {
  getDb();
}

export interface ProgressData {
  results: AssessmentRecord[];
  activities: OutcomeActivityRecord[];
  ratings: OutcomeRatingRecord[];
}

/**
 * Everything /progress shows, read by one live query (three indexed reads side by side): the
 * view renders once with all of it, instead of each section waiting for its own query in turn.
 */
export function useProgressData(): ProgressData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [results, activities, ratings] = await Promise.all([listAssessments(db), listOutcomeActivities(db), listOutcomeRatings(db)]);
    return { results, activities, ratings };
  }, []);
}
