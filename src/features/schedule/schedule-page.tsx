import { useState } from 'react';
import type { Routine } from '@/content/catalog-types';
import { planFacts } from '@/content/routine-catalog';
import { isOwnRoutineId } from '@/domain/routines/user-routine';
import { calendarFile } from '@/domain/schedule/calendar-file';
import { routineDurationMs } from '@/domain/session/build-plan';
import { now } from '@/platform/clock';
import { shareOrDownload } from '@/platform/share-file';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import type { ScheduleRecord } from '@/storage/records';
import { scheduleRepo } from '@/storage/schedule-repo';
import { localDateOf } from './local-today';
import { ScheduleRow } from './schedule-row';
import { useSchedule, type Rows } from './use-schedule';

const blank = (routineId: string): ScheduleRecord => ({ routineId, days: [], time: '07:30', updatedAt: 0 });
type Message = { tone: 'ok' | 'error'; text: string };

/** Route `/schedule`: days and a time per routine (own and built-in), saved as they change; the calendar file is built from them. */
export function SchedulePage() {
  useDocumentTitle('Schedule');
  const data = useSchedule();
  const [edits, setEdits] = useState<Rows>({});
  const [message, setMessage] = useState<Message | null>(null);
  const rows: Rows = { ...data?.rows, ...edits };
  const readError: Message | null = data?.hasReadError
    ? { tone: 'error', text: 'The schedule could not be read from this browser’s storage.' }
    : null;
  const shown = message ?? readError;

  function change(routineId: string, patch: Partial<ScheduleRecord>) {
    const next = { ...(rows[routineId] ?? blank(routineId)), ...patch, updatedAt: now() };
    setEdits((e) => ({ ...e, [routineId]: next }));
    setMessage(null);
    scheduleRepo(getDb())
      .save(next)
      .catch(() => {
        setMessage({ tone: 'error', text: 'That change could not be saved. Try again.' });
      });
  }

  async function download(routines: readonly Routine[]) {
    const entries = routines.flatMap((routine) => {
      const slot = rows[routine.id];
      if (!slot || slot.days.length === 0) return [];
      const url = `${window.location.origin}/routines/${routine.id}`;
      return [{ slot, routineName: routine.name, url, durationMinutes: routineDurationMs(routine, planFacts) / 60_000 }];
    });
    const file = calendarFile(entries, localDateOf(now()), now());
    if (!file.ok) {
      setMessage({ tone: 'error', text: file.reason });
      return;
    }
    const outcome = await shareOrDownload(new File([file.text], 'kneewise-schedule.ics', { type: 'text/calendar' }));
    setMessage({
      tone: 'ok',
      text: outcome === 'cancelled' ? 'Sharing was cancelled.' : 'Calendar file ready: open it to add the reminders.',
    });
  }

  const own = data?.routines.filter((r) => isOwnRoutineId(r.id)) ?? [];
  const builtIn = data?.routines.filter((r) => !isOwnRoutineId(r.id)) ?? [];
  const list = (items: Routine[]) => (
    <ul className="card-list">
      {items.map((routine) => (
        <ScheduleRow
          key={routine.id}
          routine={routine}
          row={rows[routine.id] ?? blank(routine.id)}
          onChange={(patch) => {
            change(routine.id, patch);
          }}
        />
      ))}
    </ul>
  );
  return (
    <div className="page">
      <h1>Schedule</h1>
      <section className="callout" aria-labelledby="how-reminders">
        <h2 id="how-reminders">How reminders work</h2>
        <p>
          A web app can’t set an alarm on your phone while it is closed or offline, so Kneewise doesn’t try. Instead it makes a calendar
          file: open it and your phone’s calendar reminds you 10 minutes before each session, and the event opens the routine. After you
          change a day or a time here, download the file again — it updates the same events.
        </p>
      </section>
      {data === null ? (
        <p role="status">Loading your schedule…</p>
      ) : (
        <>
          {own.length > 0 && (
            <>
              <h2>Your routines</h2>
              {list(own)}
              <h2>Built-in routines</h2>
            </>
          )}
          {list(builtIn)}
        </>
      )}
      <button
        type="button"
        className="button button-primary button-block"
        disabled={data === null}
        onClick={() => void download(data?.routines ?? [])}
      >
        Download calendar reminders (.ics)
      </button>
      <div role="status" aria-live="polite">
        {shown?.tone === 'ok' && <p className="callout">{shown.text}</p>}
      </div>
      {shown?.tone === 'error' && (
        <p role="alert" className="callout callout-caution">
          {shown.text}
        </p>
      )}
    </div>
  );
}
