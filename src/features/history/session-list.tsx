import { Link } from 'react-router';
import { formatDay, formatDuration, formatTime, plural } from './history-format';
import type { SessionDay, SessionSummary } from './session-summary';

interface Props {
  days: readonly SessionDay[];
  now: number;
  sinceLabel: string;
  hasOlder: boolean;
  onShowOlder: () => void;
}

/** Sessions grouped by day, newest first; older weeks load on demand so three years never render at once. */
export function SessionList({ days, now, sinceLabel, hasOlder, onShowOlder }: Props) {
  return (
    <section className="history-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <p className="muted small" role="status">
        {days.length === 0 ? `No sessions since ${sinceLabel}.` : `Since ${sinceLabel}.`}
      </p>
      {days.map((day) => (
        <section key={day.dayStart} className="session-day" aria-labelledby={`day-${day.dayStart}`}>
          <h3 id={`day-${day.dayStart}`}>{formatDay(day.dayStart, now)}</h3>
          <ul className="card-list">
            {day.sessions.map((s) => (
              <li key={s.id}>
                <SessionCard session={s} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hasOlder && (
        <button type="button" className="button button-block show-older" onClick={onShowOlder}>
          Show older sessions
        </button>
      )}
    </section>
  );
}

function SessionCard({ session: s }: { session: SessionSummary }) {
  return (
    <Link to={`/history/${s.id}`} className="card session-card">
      <span className="session-card-name">{s.routineName}</span>
      <span className="muted">
        {formatTime(s.startedAt)} · {formatDuration(s.durationMs)}
      </span>
      <span className="session-card-meta">
        <span className="tag tag-ok">{plural(s.exercisesDone, 'exercise')} done</span>
        {s.exercisesSkipped > 0 && <span className="tag">{s.exercisesSkipped} skipped</span>}
        {s.isEndedEarly && <span className="tag tag-caution">Ended early</span>}
        {s.isInProgress && <span className="tag">In progress</span>}
      </span>
    </Link>
  );
}
