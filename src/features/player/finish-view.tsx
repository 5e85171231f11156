import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { SessionState } from '@/domain/session/state-at';
import { RedFlagAdviceView } from '@/ui/red-flag-advice';
import type { LiveSession } from './player-store';
import { summarise } from './summarise';

const FinishProgramme = lazy(() => import('./finish-programme').then((m) => ({ default: m.FinishProgramme })));

/** A session stopped for red flags: what was ticked, and whether the answer reached storage. */
export interface RedFlagStop {
  flags: readonly string[];
  isSaved: boolean;
}

export function FinishView({ session, state, advice }: { session: LiveSession; state: SessionState; advice: RedFlagStop | null }) {
  const started = session.events.find((e) => e.type === 'start')?.at ?? 0;
  const minutes = Math.max(1, Math.round(((state.finishedAt ?? started) - started) / 60_000));
  const rows = summarise(session.plan, state.outcomes);
  return (
    <div className="page finish">
      <h1>{advice ? 'Session stopped' : state.isEndedEarly ? 'Session ended' : 'Session complete'}</h1>
      {advice && (
        <RedFlagAdviceView flags={advice.flags}>
          <p>
            {advice.isSaved
              ? 'Saved. Home will show this instead of Start until you tell Kneewise a clinician has checked your knee.'
              : 'Kneewise couldn’t save this answer on your device. Please don’t exercise the knee until a clinician has checked it.'}
          </p>
        </RedFlagAdviceView>
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
      {!advice && (
        <Suspense fallback={null}>
          <FinishProgramme sessionId={session.id} plan={session.plan} outcomes={state.outcomes} finishedAt={state.finishedAt ?? started} />
        </Suspense>
      )}
      <Link to="/" className="button button-primary button-block finish-home">
        Back to today
      </Link>
    </div>
  );
}
