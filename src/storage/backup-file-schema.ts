/**
 * The whole file: a header (which app, which format), then the tables of that format. Format 1
 * is read with its own session schema and numbered afterwards (backup-validate.ts).
 */
import * as z from 'zod/mini';
import { BACKUP_APP, BACKUP_FORMAT, BACKUP_TABLES, FORMAT_1_TABLES, FORMAT_2_TABLES, MAX_ROWS } from './backup-format';
import { assessment, legacyAssessment } from './backup-assessment-schema';
import { checkFile, type Tables } from './backup-file-checks';
import { shortKey } from './backup-issues';
import { exercisePref, painCheck, redFlag } from './backup-record-schemas';
import { routine } from './backup-routine-schema';
import { outcomeActivity, outcomeRating } from './backup-outcome-schema';
import { levelChange, programmeRun } from './backup-programme-schema';
import { describe, list, timestamp } from './backup-schema-kit';
import { legacySession, session } from './backup-session-schema';
import { schedule } from './backup-schedule-schema';
import { setting } from './backup-settings-schema';

const topLevel = (issue: { input?: unknown }) => {
  const root = issue.input;
  const found = Array.isArray(root) ? 'a list' : root === null ? 'null' : `a ${typeof root}`;
  return `The file holds ${found} at the top, not a Kneewise backup (an object with "app", "format" and "data").`;
};

export const header = z
  .object(
    {
      app: z.literal(BACKUP_APP, {
        error: (issue) => `must be "${BACKUP_APP}", but ${describe(issue.input)}: this file was not made by Kneewise`,
      }),
      format: z.int({
        error: (issue) =>
          issue.input === undefined
            ? 'is missing, so Kneewise cannot tell how to read this file'
            : `must be a whole number, but ${describe(issue.input)}`,
      }),
    },
    { error: topLevel },
  )
  .check(
    z.superRefine(({ format }, ctx) => {
      if (format > BACKUP_FORMAT)
        ctx.addIssue({
          code: 'custom',
          input: format,
          path: [],
          message: `This backup was made by a newer version of Kneewise (format ${format}; this one reads format ${BACKUP_FORMAT}). Update the app, then restore it.`,
        });
      else if (format < 1)
        ctx.addIssue({
          code: 'custom',
          input: format,
          path: ['format'],
          message: `is ${format}, which is not a backup format Kneewise knows`,
        });
    }),
  );

/** Unknown tables are refused, not dropped: they mean the file came from a version that knows more. */
function tables<Shape extends z.core.$ZodShape>(names: readonly string[], shape: Shape) {
  const known = z.looseObject({}, { error: (issue) => `must be an object, but ${describe(issue.input)}` }).check(
    z.superRefine((raw, ctx) => {
      const unknown = Object.keys(raw).find((key) => !names.includes(key));
      if (unknown !== undefined)
        ctx.addIssue({
          code: 'custom',
          input: raw,
          path: [shortKey(unknown)],
          message: 'is not a table Kneewise knows, so this file was not made by this version of Kneewise',
        });
    }),
  );
  return z.pipe(known, z.object(shape));
}

const shared = {
  painChecks: list(MAX_ROWS.painChecks, painCheck),
  exercisePrefs: list(MAX_ROWS.exercisePrefs, exercisePref),
  routines: list(MAX_ROWS.routines, routine),
  settings: list(MAX_ROWS.settings, setting),
};

// Format 1's sessions hold legacy events; checkFile reads only what both formats share.
const body = <T extends z.ZodMiniType>(data: T) =>
  z.object({ exportedAt: timestamp, data }).check(
    z.superRefine((file, ctx) => {
      for (const { path, message } of checkFile(file as { exportedAt: number; data: Tables }))
        ctx.addIssue({ code: 'custom', path, message, input: file });
    }),
  );

// Formats 1–2 hold self-checks of the old shape; backup-validate.ts converts them.
const legacyAssessments = list(MAX_ROWS.assessments, legacyAssessment);
export const format1Body = body(
  tables(FORMAT_1_TABLES, { sessions: list(MAX_ROWS.sessions, legacySession), ...shared, assessments: legacyAssessments }),
);
const format2Tables = {
  sessions: list(MAX_ROWS.sessions, session),
  ...shared,
  assessments: legacyAssessments,
  redFlags: list(MAX_ROWS.redFlags, redFlag),
};
export const format2Body = body(tables(FORMAT_2_TABLES, format2Tables));
export const format3Body = body(
  tables(BACKUP_TABLES, {
    ...format2Tables,
    assessments: list(MAX_ROWS.assessments, assessment),
    outcomeActivities: list(MAX_ROWS.outcomeActivities, outcomeActivity),
    outcomeRatings: list(MAX_ROWS.outcomeRatings, outcomeRating),
    schedules: list(MAX_ROWS.schedules, schedule),
    programmeRuns: list(MAX_ROWS.programmeRuns, programmeRun),
    levelChanges: list(MAX_ROWS.levelChanges, levelChange),
  }),
);
