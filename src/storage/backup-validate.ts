/**
 * Validates an untrusted backup before anything is written, with a schema (zod/mini, loaded only
 * with the data page). Every refusal is a sentence naming the place that failed; a success is a
 * fresh copy of the known fields in the current format, never the parsed objects.
 */
import { numberLegacyEvents, type LegacyEvent } from '@/domain/session/legacy-events';
import { BACKUP_APP, BACKUP_FORMAT, MAX_BACKUP_BYTES, type BackupData, type ValidBackup } from './backup-format';
import { shownTime } from './backup-file-checks';
import { format1Body, format2Body, format3Body, header } from './backup-file-schema';
import { BackupProblem, parseOrRefuse } from './backup-issues';
import { assertSafeTree, parseBackupText } from './backup-json';
import type { LegacyAssessmentRecord, SessionRecord } from './records';
import { convertLegacyAssessment } from '@/domain/assessment/convert-legacy';

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; reason: string };

/** Phones disagree about the time by minutes, not days: a file made later than that is from a wrong clock. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

// Rounded up, so a file a byte over the limit does not read as exactly the limit.
const megabytes = (n: number) => `${(Math.ceil((n / 1024 / 1024) * 10) / 10).toLocaleString('en')} MB`;
const tooBig = (size: number) =>
  ({ ok: false, reason: `The file is ${megabytes(size)}; a Kneewise backup can be at most ${megabytes(MAX_BACKUP_BYTES)}.` }) as const;

/** Checks the size first, so a huge file is never read into memory or parsed. */
export async function validateBackupFile(file: Blob, now: number): Promise<BackupValidation> {
  if (file.size > MAX_BACKUP_BYTES) return tooBig(file.size);
  return validateBackup(await file.text(), now);
}

/** `input` is the file's text (parsed here, safely) or an already-parsed value; `now` is this phone's time. */
export function validateBackup(input: unknown, now: number): BackupValidation {
  // String length counts UTF-16 units, never more than the UTF-8 bytes: a cheap lower bound.
  if (typeof input === 'string' && input.length > MAX_BACKUP_BYTES) return tooBig(input.length);
  try {
    const root = typeof input === 'string' ? parseBackupText(input) : input;
    assertSafeTree(root);
    return { ok: true, backup: readBackup(root, now) };
  } catch (error) {
    if (error instanceof BackupProblem) return { ok: false, reason: error.message };
    return { ok: false, reason: `The file could not be read (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

function readBackup(root: unknown, now: number): ValidBackup {
  const { format } = parseOrRefuse(header, root);
  const { exportedAt, data } =
    format === 1
      ? upgradeFormat2(upgradeFormat1(parseOrRefuse(format1Body, root)))
      : format === 2
        ? upgradeFormat2(parseOrRefuse(format2Body, root))
        : parseOrRefuse(format3Body, root);
  if (exportedAt > now + CLOCK_SLACK_MS) {
    throw new BackupProblem(
      `exportedAt is ${shownTime(exportedAt)}, later than this phone's time (${shownTime(now)}): a backup cannot come from the future. Check the date and time on the phone that made it, or on this one.`,
    );
  }
  return { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt, data } as ValidBackup;
}

/** Format 1 had no red flags, and its events no numbers: numbered once, the way the database upgrade does it. */
type Format2Data = Omit<
  BackupData,
  'assessments' | 'outcomeActivities' | 'outcomeRatings' | 'schedules' | 'programmeRuns' | 'levelChanges'
> & {
  assessments: LegacyAssessmentRecord[];
};
type Format1Data = Omit<Format2Data, 'redFlags' | 'sessions'> & { sessions: (Omit<SessionRecord, 'events'> & { events: LegacyEvent[] })[] };

function upgradeFormat1(file: { exportedAt: number; data: Format1Data }): { exportedAt: number; data: Format2Data } {
  // The schema has checked each event's own fields (an extend has its ms), so the numbered log is a session's log.
  const sessions = file.data.sessions.map((s) => ({ ...s, events: numberLegacyEvents(s.plan, s.events) }));
  return { exportedAt: file.exportedAt, data: { ...file.data, sessions, redFlags: [] } };
}

/** Format 2 had old-shape self-checks (converted as the v4 database upgrade converts them) and no outcome scale. */
function upgradeFormat2(file: { exportedAt: number; data: Format2Data }): { exportedAt: number; data: BackupData } {
  const assessments = file.data.assessments.map(convertLegacyAssessment);
  return {
    exportedAt: file.exportedAt,
    data: { ...file.data, assessments, outcomeActivities: [], outcomeRatings: [], schedules: [], programmeRuns: [], levelChanges: [] },
  };
}
