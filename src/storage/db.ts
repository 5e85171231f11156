/**
 * The one IndexedDB database. Every schema change is a new `version(n)` with an upgrade function
 * and a test that upgrades a version-1 fixture (db.test.ts). Never edit an old version's stores.
 */
import { Dexie, type EntityTable } from 'dexie';
import { upgradeAssessmentsToV4 } from './assessment-upgrade';
import { numberLegacyEvents, type LegacyEvent } from '@/domain/session/legacy-events';
import type {
  AssessmentRecord,
  ExercisePrefRecord,
  HeartbeatRecord,
  LevelChangeRecord,
  OutcomeActivityRecord,
  OutcomeRatingRecord,
  PainCheckRecord,
  ProgrammeRunRecord,
  RedFlagRecord,
  RoutineDraftRecord,
  ScheduleRecord,
  SessionRecord,
  SettingRecord,
  UserRoutineRecord,
} from './records';
import { watchStorage } from './storage-watch';

export const DB_NAME = 'kneewise';

export type KneewiseDb = Dexie & {
  sessions: EntityTable<SessionRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  painChecks: EntityTable<PainCheckRecord, 'id'>;
  assessments: EntityTable<AssessmentRecord, 'id'>;
  exercisePrefs: EntityTable<ExercisePrefRecord, 'exerciseId'>;
  routines: EntityTable<UserRoutineRecord, 'id'>;
  redFlags: EntityTable<RedFlagRecord, 'id'>;
  heartbeats: EntityTable<HeartbeatRecord, 'sessionId'>;
  outcomeActivities: EntityTable<OutcomeActivityRecord, 'id'>;
  outcomeRatings: EntityTable<OutcomeRatingRecord, 'id'>;
  programmeRuns: EntityTable<ProgrammeRunRecord, 'id'>;
  levelChanges: EntityTable<LevelChangeRecord, 'id'>;
  routineDrafts: EntityTable<RoutineDraftRecord, 'id'>;
  schedules: EntityTable<ScheduleRecord, 'routineId'>;
};

/** Version 1 (player): sessions (plan snapshot + events) and settings. */
export function defineVersion1(db: Dexie): void {
  db.version(1).stores({
    sessions: '&id, status, startedAt, routineId',
    settings: '&key',
  });
}

/** Version 2 (pain checks): pain log, self-checks, per-exercise choices, user routines. */
export function defineVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      painChecks: '&id, at, sessionId, exerciseId, phase, [knee+at]',
      assessments: '&id, at, exerciseId',
      exercisePrefs: '&exerciseId',
      routines: '&id, createdAt',
    })
    .upgrade(async (tx) => {
      // History shows "ended early": derive it once for sessions stored before the field existed.
      await tx
        .table<SessionRecord, string>('sessions')
        .toCollection()
        .modify((s) => {
          s.isEndedEarly = s.events.some((e) => e.type === 'end');
        });
    });
}

/**
 * Version 3 (knee-safety loop): remembered red flags; the player's heartbeat apart from the session
 * record. Events become facts with `seq` and `step`: legacy logs are numbered once, here.
 */
function defineVersion3(db: Dexie): void {
  db.version(3)
    .stores({
      redFlags: '&id, at, sessionId',
      heartbeats: '&sessionId',
    })
    .upgrade(async (tx) => {
      await tx
        .table<SessionRecord, string>('sessions')
        .toCollection()
        .modify((s) => {
          const events = s.events as unknown as LegacyEvent[];
          if (events.some((e) => !('seq' in e))) s.events = numberLegacyEvents(s.plan, events);
        });
    });
}

/**
 * Version 4 (programme, own routines, schedule): self-check results, the weekly outcome scale, the
 * programme and its level changes, routine drafts and the weekly schedule. Each area adds its own
 * `.upgrade()` to this version where old rows need converting (Dexie chains them in order).
 */
function defineVersion4(db: Dexie): void {
  db.version(4)
    .stores({
      outcomeActivities: '&id, addedAt',
      outcomeRatings: '&id, at, weekOf',
      programmeRuns: '&id, startedAt',
      levelChanges: '&id, at, runId, ladderId',
      routines: '&id, createdAt, updatedAt',
      routineDrafts: '&id, updatedAt',
      schedules: '&routineId',
    })
    .upgrade(upgradeAssessmentsToV4);
}

/**
 * Version 5: the pain log keeps only the indexes a query uses (by time, by session). Every index is
 * written with each row, and restoring three years of checks onto a new phone waited on three unused ones.
 */
function defineVersion5(db: Dexie): void {
  db.version(5).stores({ painChecks: '&id, at, sessionId' });
}

export function openDb(name = DB_NAME): KneewiseDb {
  const db = new Dexie(name) as KneewiseDb;
  defineVersion1(db);
  defineVersion2(db);
  defineVersion3(db);
  defineVersion4(db);
  defineVersion5(db);
  return db;
}

let shared: KneewiseDb | undefined;
/** The app's database, opened on first use. */
export function getDb(): KneewiseDb {
  // Watched so storage trouble anywhere reaches the app-wide banner (storage-watch.ts).
  shared ??= watchStorage(openDb());
  return shared;
}
