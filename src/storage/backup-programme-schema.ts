/** Backup schemas (zod/mini) for the programme's tables: its runs and the level-change facts. */
import * as z from 'zod/mini';
import type { LevelChangeRecord, ProgrammeRunRecord } from './records';
import { id, oneOf, orNull, record, text, timestamp } from './backup-schema-kit';

/** A local date, "2026-03-02": weeks count from it. */
const localDate = text(10).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: (issue) => `must be a date like "2026-03-02", but it is "${String(issue.input)}"`, abort: true }),
);

export const programmeRun: z.ZodMiniType<ProgrammeRunRecord> = record({
  id,
  programmeId: id,
  startedAt: timestamp,
  startDay: localDate,
  endedAt: orNull(timestamp),
});

export const levelChange: z.ZodMiniType<LevelChangeRecord> = record({
  id,
  at: timestamp,
  runId: id,
  ladderId: id,
  kind: oneOf(['up', 'down', 'declined', 'undo']),
  fromExerciseId: id,
  toExerciseId: id,
  fromLevelId: id,
  toLevelId: id,
  undoes: orNull(id),
  reason: text(500, { canBeEmpty: true }),
  sessionId: orNull(id),
});
