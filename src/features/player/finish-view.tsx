import { Link } from 'react-router';
import type { RedFlagAdvice } from '@/domain/pain/red-flags';
import type { SessionState } from '@/domain/session/state-at';
import type { LiveSession } from './player-store';
import { summarise } from './summarise';

export function FinishView({ session, state, advice }: { session: LiveSession; state: SessionState; advice: RedFlagAdvice | null }) {
  const started = session.events.find((e) => e.type === 'start')?.at ?? 0;
  const minutes = Math.max(1, Math.round(((state.finishedAt ?? started) - started) / 60_000));
  const rows = summarise(session.plan, state.outcomes);
  return (
    <div className="page finish">
      <h1>{advice ? 'Session stopped' : state.isEndedEarly ? 'Session ended' : 'Session complete'}</h1>
      {advice && (
        <div className="callout callout-caution" role="alert">
          <p>
            <strong>{advice.isUrgent ? 'Get help now.' : 'Please see a clinician.'}</strong> {advice.text}
          </p>
        </div>
      )}
      <p className="lead">
        {session.plan.routineName} · {minutes} min
      </p>
      <ul className="card-list">
        {rows.map((row) => (
          <li key={row.exerciseId} className="card finish-row">
            <strong>{row.name}</strong>
            <span className={row.skipped > 0 || row.done === 0 ? 'tag tag-caution' : 'tag tag-ok'}>
              {row.done === row.total ? 'Done' : row.done === 0 ? 'Skipped' : `${row.done} of ${row.total} done`}
            </span>
          </li>
        ))}
      </ul>
      <Link to="/" className="button button-primary button-block finish-home">
        Back to today
      </Link>
    </div>
  );
}
