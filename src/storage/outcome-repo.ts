/** The weekly outcome scale: the activities the person named, and each week's ratings. */
import type { KneewiseDb } from './db';
import type { OutcomeActivityRecord, OutcomeRatingRecord } from './records';

/** Every activity ever named (retired ones too: their past ratings stay readable), oldest first. */
export function listOutcomeActivities(db: KneewiseDb): Promise<OutcomeActivityRecord[]> {
  return db.outcomeActivities.orderBy('addedAt').toArray();
}

export async function saveOutcomeActivity(db: KneewiseDb, record: OutcomeActivityRecord): Promise<void> {
  await db.outcomeActivities.put(record);
}

/** Stops rating an activity; its past ratings stay. */
export async function retireOutcomeActivity(db: KneewiseDb, id: string, at: number | null): Promise<void> {
  await db.outcomeActivities.update(id, { retiredAt: at });
}

/** An activity named by mistake and never rated can go entirely. */
export async function deleteOutcomeActivity(db: KneewiseDb, id: string): Promise<void> {
  await db.outcomeActivities.delete(id);
}

/** Every week's ratings, oldest week first. */
export function listOutcomeRatings(db: KneewiseDb): Promise<OutcomeRatingRecord[]> {
  return db.outcomeRatings.orderBy('weekOf').toArray();
}

/** One rating per week: the id is the week, so rating the same week again edits it. */
export const ratingIdFor = (weekOf: string): string => `week:${weekOf}`;

export async function saveOutcomeRating(db: KneewiseDb, record: OutcomeRatingRecord): Promise<void> {
  await db.outcomeRatings.put(record);
}

export function ratingOfWeek(db: KneewiseDb, weekOf: string): Promise<OutcomeRatingRecord | undefined> {
  return db.outcomeRatings.get(ratingIdFor(weekOf));
}

/** Undo of a first rating of a week. */
export async function deleteOutcomeRating(db: KneewiseDb, id: string): Promise<void> {
  await db.outcomeRatings.delete(id);
}

/** Whether any weekly score was ever given (History is not empty then). */
export async function hasOutcomeRatings(db: KneewiseDb): Promise<boolean> {
  return (await db.outcomeRatings.limit(1).count()) > 0;
}
