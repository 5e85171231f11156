import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PainCheck } from '@/domain/pain/types';
import { useDocumentTitle } from '@/platform/use-document-title';
import { now as currentTime } from '@/platform/clock';
import type { SessionRecord } from '@/storage/records';
import { startOfDay } from './calendar';
import { formatDay, formatDuration, formatTime } from './history-format';
import { PainCheckList } from './pain-check-list';
import { summariseSession, type ExerciseOutcome } from './session-summary';
import { useSessionDetail } from './use-history-data';
import './history.css';

export function SessionDetailPage() {
  const { sessionId = '' } = useParams();
  const detail = useSessionDetail(sessionId);
  const [now] = useState(currentTime);
  useDocumentTitle(detail === undefined ? 'Session' : (detail.session?.routineName ?? 'Session not found'));
  if (detail === undefined) {
    return (
      <div className="page" aria-busy="true">
        <p role="status">Loading the session…</p>
      </div>
    );
  }
  if (!detail.session) {
    return (
      <div className="page">
        <h1>Session not found</h1>
        <p>There is no session with this address on this device. It may have been deleted, or recorded on another device.</p>
        <Link to="/history" className="button">
          Back to History
        </Link>
      </div>
    );
  }
  return <SessionDetail session={detail.session} checks={detail.checks} now={now} />;
}

function SessionDetail({ session, checks, now }: { session: SessionRecord; checks: PainCheck[]; now: number }) {
  const summary = summariseSession(session);
  const day = formatDay(startOfDay(summary.startedAt), now);
  return (
    <article className="page session-detail">
      <p className="breadcrumb">
        <Link to="/history">← History</Link>
      </p>
      <h1>{session.routineName}</h1>
      <p className="lead">
        {day}, {formatTime(summary.startedAt)}–{formatTime(summary.endedAt)} · {formatDuration(summary.durationMs)}
      </p>
      {(summary.isEndedEarly || summary.isInProgress) && (
        <p>
          {summary.isEndedEarly && <span className="tag tag-caution">Ended early</span>}{' '}
          {summary.isInProgress && <span className="tag">In progress — not finished</span>}
        </p>
      )}
      <section className="history-section" aria-labelledby="exercises-title">
        <h2 id="exercises-title">Exercises</h2>
        <ul className="card-list">
          {summary.exercises.map((e) => (
            <li key={e.exerciseId} className="card exercise-outcome">
              <span className="exercise-outcome-name">{e.name}</span>
              <OutcomeTag outcome={e} />
            </li>
          ))}
        </ul>
      </section>
      <section className="history-section" aria-labelledby="checks-title">
        <h2 id="checks-title">Pain checks</h2>
        {checks.length === 0 ? (
          <p>No pain checks were logged in this session.</p>
        ) : (
          <PainCheckList checks={checks} plan={session.plan} sessionDay={startOfDay(session.startedAt)} />
        )}
      </section>
    </article>
  );
}

function OutcomeTag({ outcome: e }: { outcome: ExerciseOutcome }) {
  switch (e.status) {
    case 'done':
      return <span className="tag tag-ok">Done</span>;
    case 'partly-done':
      return <span className="tag">{`Partly done (${e.done} of ${e.total})`}</span>;
    case 'skipped':
      return <span className="tag tag-caution">Skipped</span>;
    case 'not-reached':
      return <span className="tag">Not reached</span>;
  }
}
