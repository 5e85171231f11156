import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { planFacts, routines } from '@/content/routine-catalog';
import { calendarFile } from '@/domain/schedule/calendar-file';
import { WEEK_ORDER, WEEKDAY_NAMES } from '@/domain/schedule/due';
import { routineDurationMs } from '@/domain/session/build-plan';
import { now } from '@/platform/clock';
import { shareOrDownload } from '@/platform/share-file';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import type { ScheduleRecord } from '@/storage/records';
import { scheduleRepo } from '@/storage/schedule-repo';
import { localDateOf } from './local-today';

type Rows = Record<string, ScheduleRecord>;
const blank = (routineId: string): ScheduleRecord => ({ routineId, days: [], time: '07:30', updatedAt: 0 });

/** Route `/schedule`: days and a time per routine, saved as they change; the calendar file is built from what is saved. */
export function SchedulePage() {
  useDocumentTitle('Schedule');
  const [rows, setRows] = useState<Rows | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    scheduleRepo(getDb())
      .all()
      .then((all) => {
        setRows(Object.fromEntries(all.map((r) => [r.routineId, r])));
      })
      .catch(() => {
        setMessage({ tone: 'error', text: 'The schedule could not be read from this browser’s storage.' });
        setRows({});
      });
  }, []);

  function change(routineId: string, patch: Partial<ScheduleRecord>) {
    const next = { ...(rows?.[routineId] ?? blank(routineId)), ...patch, updatedAt: now() };
    setRows((r) => ({ ...r, [routineId]: next }));
    setMessage(null);
    scheduleRepo(getDb())
      .save(next)
      .catch(() => {
        setMessage({ tone: 'error', text: 'That change could not be saved. Try again.' });
      });
  }

  async function download() {
    const entries = Object.values(rows ?? {}).flatMap((slot) => {
      const routine = routines.find((r) => r.id === slot.routineId);
      if (!routine || slot.days.length === 0) return [];
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
      {rows === null ? (
        <p role="status">Loading your schedule…</p>
      ) : (
        <ul className="card-list">
          {routines.map((routine) => {
            const row = rows[routine.id] ?? blank(routine.id);
            return (
              <li key={routine.id} className="card">
                <fieldset>
                  <legend>
                    <Link to={`/routines/${routine.id}`}>{routine.name}</Link>
                  </legend>
                  <div className="schedule-days">
                    {WEEK_ORDER.map((d) => (
                      <label key={d} className="chip">
                        <input
                          type="checkbox"
                          checked={row.days.includes(d)}
                          onChange={(e) => {
                            change(routine.id, { days: e.target.checked ? [...row.days, d] : row.days.filter((x) => x !== d) });
                          }}
                        />{' '}
                        <span aria-label={WEEKDAY_NAMES[d]}>{WEEKDAY_NAMES[d].slice(0, 3)}</span>
                      </label>
                    ))}
                  </div>
                  <label>
                    Time{' '}
                    <input
                      type="time"
                      className="text-input"
                      aria-label={`Time for ${routine.name}`}
                      value={row.time}
                      onChange={(e) => {
                        if (/^\d\d:\d\d$/.test(e.target.value)) change(routine.id, { time: e.target.value });
                      }}
                    />
                  </label>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button button-primary button-block" disabled={rows === null} onClick={() => void download()}>
        Download calendar reminders (.ics)
      </button>
      <div role="status" aria-live="polite">
        {message?.tone === 'ok' && <p className="callout">{message.text}</p>}
      </div>
      {message?.tone === 'error' && (
        <p role="alert" className="callout callout-caution">
          {message.text}
        </p>
      )}
    </div>
  );
}
