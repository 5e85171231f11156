/** Home's "due today / this week" and backup reminder, read after the first paint (lazy chunk). */
import { routines } from '@/content/routine-catalog';
import { backupReminder, type BackupReminder } from '@/domain/schedule/backup-reminder';
import { dueOn, plannedPerWeek, type DueItem } from '@/domain/schedule/due';
import { sessionCount } from '@/domain/session/session-counts';
import { now as currentTime } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { scheduleRepo } from '@/storage/schedule-repo';
import { sessionRepo } from '@/storage/session-repo';
import { listOwnRoutines } from '@/storage/routine-resolver';

export interface HomePlan {
  due: (DueItem & { routineName: string })[];
  planned: number;
  doneThisWeek: number;
  backup: BackupReminder;
}

const localMidnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);

export async function loadHomePlan(): Promise<HomePlan> {
  const db = getDb();
  const now = currentTime();
  const d = new Date(now);
  const today = { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  const todayStart = localMidnight(now);
  const weekStart = new Date(todayStart).setDate(d.getDate() - ((d.getDay() + 6) % 7));
  const repo = scheduleRepo(db);
  const [stored, own, sessions, firstUse, lastBackup] = await Promise.all([
    repo.all(),
    listOwnRoutines(db),
    sessionRepo(db).since(weekStart - 86_400_000),
    repo.firstUseAt(),
    repo.lastBackupAt(),
  ]);
  // The one counting rule (session-counts.ts): History, the report and home agree.
  const counted = sessions.filter((s) => sessionCount(s).countsTowardTarget && (s.endedAt ?? 0) >= weekStart);
  const doneToday = new Set(counted.filter((s) => (s.endedAt ?? 0) >= todayStart).map((s) => s.routineId));
  const names = new Map([...routines, ...own].map((r) => [r.id, r.name]));
  // A deleted own routine keeps its schedule row (Undo brings both back) but is neither due nor planned.
  const slots = stored.filter((s) => names.has(s.routineId));
  return {
    due: dueOn(slots, today, doneToday).map((item) => ({ ...item, routineName: names.get(item.routineId) ?? item.routineId })),
    planned: plannedPerWeek(slots),
    doneThisWeek: counted.length,
    backup: backupReminder(firstUse, lastBackup, now),
  };
}
