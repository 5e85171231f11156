/** The outcome scale's rows of a backup (format 3). */
import * as z from 'zod/mini';
import { id, list, orNull, record, text, timestamp, wholeNumber } from './backup-schema-kit';
import type { OutcomeActivityRecord, OutcomeRatingRecord } from './records';

export const outcomeActivity: z.ZodMiniType<OutcomeActivityRecord> = record({
  id,
  name: text(200),
  addedAt: timestamp,
  retiredAt: orNull(timestamp),
});

/** A local date, YYYY-MM-DD: the Monday of the week rated. */
const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true }));

export const outcomeRating: z.ZodMiniType<OutcomeRatingRecord> = record({
  id,
  at: timestamp,
  weekOf: localDate,
  ratings: list(20, record({ activityId: id, score: wholeNumber(0, 10) })),
});
