import { Link } from 'react-router';
import { WEEK_ORDER, WEEKDAY_NAMES } from '@/domain/schedule/due';
import type { ScheduleRecord } from '@/storage/records';

interface Props {
  routine: { id: string; name: string };
  row: ScheduleRecord;
  onChange: (patch: Partial<ScheduleRecord>) => void;
}

/** One routine's days and time; a fieldset named by the routine, so each checkbox reads "Monday, Daily hip release". */
export function ScheduleRow({ routine, row, onChange }: Props) {
  return (
    <li className="card">
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
                  onChange({ days: e.target.checked ? [...row.days, d] : row.days.filter((x) => x !== d) });
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
              if (/^\d\d:\d\d$/.test(e.target.value)) onChange({ time: e.target.value });
            }}
          />
        </label>
      </fieldset>
    </li>
  );
}
