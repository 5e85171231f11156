/** The weekly schedule in a backup (format 3): which days and at what local time each routine is due. */
import * as z from 'zod/mini';
import { id, list, record, text, timestamp, wholeNumber } from './backup-schema-kit';
import type { ScheduleRecord } from './records';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const schedule: z.ZodMiniType<ScheduleRecord> = record({
  routineId: id,
  // Each weekday once: the calendar file writes one BYDAY entry per day.
  days: list(7, wholeNumber(0, 6)).check(
    z.refine((days) => new Set(days).size === days.length, { error: 'must name each day of the week at most once', abort: true }),
  ),
  time: text(5).check(z.regex(TIME, { error: 'must be a 24-hour time such as "07:30"', abort: true })),
  updatedAt: timestamp,
});
