/**
 * The backup file, format 2. A backup is the only copy of the user's data that lives off the
 * device, so the format is versioned and never changed in place: a new shape is a new format, and
 * the old format's reader stays to restore old files.
 *
 * Format 3: self-check results are typed per check (issue 8); the outcome scale's tables, the weekly
 * schedule, the programme's runs and level changes are included. Format 2 (and 1) still import:
 * old-shape self-checks are converted, missing tables read as empty.
 * Format 2: events carry `seq` and `step` (contract §1) and the red-flag table is included.
 * Format 1 (no red flags, events without numbers) still imports; its events are numbered once.
 * Heartbeats are never backed up: they only say a player was open a moment ago.
 */
import type {
  AssessmentRecord,
  ExercisePrefRecord,
  OutcomeActivityRecord,
  OutcomeRatingRecord,
  LevelChangeRecord,
  PainCheckRecord,
  ProgrammeRunRecord,
  RedFlagRecord,
  ScheduleRecord,
  SessionRecord,
  SettingRecord,
  UserRoutineRecord,
} from './records';

export const BACKUP_APP = 'kneewise';
export const BACKUP_FORMAT = 3;

/** Every table, in the order a backup is read: sessions first, so pain checks can point at them. */
export const BACKUP_TABLES = [
  'sessions',
  'painChecks',
  'assessments',
  'exercisePrefs',
  'routines',
  'settings',
  'redFlags',
  'outcomeActivities',
  'outcomeRatings',
  'schedules',
  'programmeRuns',
  'levelChanges',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
/** The tables of a format-2 file. */
export const FORMAT_2_TABLES = ['sessions', 'painChecks', 'assessments', 'exercisePrefs', 'routines', 'settings', 'redFlags'] as const;
/** The tables of a format-1 file. */
export const FORMAT_1_TABLES = ['sessions', 'painChecks', 'assessments', 'exercisePrefs', 'routines', 'settings'] as const;

export interface BackupData {
  sessions: SessionRecord[];
  painChecks: PainCheckRecord[];
  assessments: AssessmentRecord[];
  exercisePrefs: ExercisePrefRecord[];
  routines: UserRoutineRecord[];
  settings: SettingRecord[];
  redFlags: RedFlagRecord[];
  schedules: ScheduleRecord[];
  outcomeActivities: OutcomeActivityRecord[];
  outcomeRatings: OutcomeRatingRecord[];
  programmeRuns: ProgrammeRunRecord[];
  levelChanges: LevelChangeRecord[];
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  /** Milliseconds since 1970 (UTC). */
  exportedAt: number;
  data: BackupData;
}

declare const validated: unique symbol;
/** A backup that passed `validateBackup`: the only kind `importBackup` accepts. */
export type ValidBackup = BackupFile & { readonly [validated]: true };

export type TableCounts = Record<BackupTable, number>;

/** The primary key of each table, as declared in db.ts. */
export const TABLE_KEYS = {
  sessions: 'id',
  painChecks: 'id',
  assessments: 'id',
  exercisePrefs: 'exerciseId',
  routines: 'id',
  settings: 'key',
  redFlags: 'id',
  schedules: 'routineId',
  outcomeActivities: 'id',
  outcomeRatings: 'id',
  programmeRuns: 'id',
  levelChanges: 'id',
} as const satisfies Record<BackupTable, string>;

/** The primary key of every row of one table, in file order. */
export function keysOf(data: BackupData, table: BackupTable): string[] {
  switch (table) {
    case 'exercisePrefs':
      return data.exercisePrefs.map((row) => row.exerciseId);
    case 'settings':
      return data.settings.map((row) => row.key);
    case 'schedules':
      return data.schedules.map((row) => row.routineId);
    default:
      return data[table].map((row) => row.id);
  }
}

/** Checked against File.size before the file is read, so a huge file never reaches JSON.parse. */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024;

/** Far above what years of daily use produce; anything bigger is not a real backup. */
export const MAX_ROWS = {
  sessions: 20_000,
  painChecks: 100_000,
  assessments: 10_000,
  exercisePrefs: 1_000,
  routines: 1_000,
  settings: 200,
  redFlags: 10_000,
  schedules: 1_000,
  // One activity list and one rating a week: years of use stay far below these.
  outcomeActivities: 1_000,
  outcomeRatings: 5_000,
  programmeRuns: 1_000,
  levelChanges: 10_000,
} as const satisfies Record<BackupTable, number>;

export const TABLE_LABELS = {
  sessions: ['session', 'sessions'],
  painChecks: ['pain check', 'pain checks'],
  assessments: ['self-check', 'self-checks'],
  exercisePrefs: ['exercise choice', 'exercise choices'],
  routines: ['own routine', 'own routines'],
  settings: ['setting', 'settings'],
  redFlags: ['red flag', 'red flags'],
  schedules: ['scheduled routine', 'scheduled routines'],
  outcomeActivities: ['outcome activity', 'outcome activities'],
  outcomeRatings: ['weekly outcome rating', 'weekly outcome ratings'],
  programmeRuns: ['programme run', 'programme runs'],
  levelChanges: ['level change', 'level changes'],
} as const satisfies Record<BackupTable, readonly [string, string]>;

/** "1 session", "40 pain checks". */
export function countLabel(table: BackupTable, count: number): string {
  const [one, many] = TABLE_LABELS[table];
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** `kneewise-backup-2025-03-04.json`: the user's local date, so the newest sorts last. */
export function backupFileName(kind: 'backup' | 'pain-checks' | 'sessions', now: number, extension: 'json' | 'csv'): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `kneewise-${kind}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}
