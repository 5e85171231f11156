import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@/platform/use-document-title';
import { PlayerScreen } from './player-screen';
import { useLiveSession } from './use-live-session';
import { usePlayerStore } from './player-store';
import { SessionOwnerGate } from './session-owner-gate';
import './player.css';

/** /session?routine=<id> starts (or resumes) a session; /session resumes the one in progress. */
export function PlayerPage() {
  return (
    <SessionOwnerGate>
      <PlayerBody />
    </SessionOwnerGate>
  );
}

/** Mounted only in the window that owns the player: opening a session may write to it. */
function PlayerBody() {
  const [params] = useSearchParams();
  const [load, choose] = useLiveSession(params.get('routine'));
  const session = usePlayerStore((s) => s.session);
  useDocumentTitle(session?.plan.routineName ?? 'Session');

  switch (load.kind) {
    case 'loading':
      return (
        <div className="page" aria-busy="true">
          <p role="status">Opening your session…</p>
        </div>
      );
    case 'error':
      return (
        <div className="page">
          <h1>This session can’t start</h1>
          <p>{load.message}</p>
          <Link to="/">Back to today</Link>
        </div>
      );
    case 'none':
      return (
        <div className="page">
          <h1>No session in progress</h1>
          <p>Start one from today’s routine or any routine page.</p>
          <Link className="button button-primary" to="/">
            Back to today
          </Link>
        </div>
      );
    case 'empty':
      return (
        <div className="page">
          <h1>Nothing left to do in this routine</h1>
          <p>
            You left every exercise of <strong>{load.routineName}</strong> out, so there is no session to run. You can undo that on the
            routine page.
          </p>
          <Link className="button button-primary" to={`/routines/${load.routineId}`}>
            Open {load.routineName}
          </Link>
        </div>
      );
    case 'conflict':
      return (
        <div className="page">
          <h1>You have a session in progress</h1>
          <p>
            <strong>{load.active.routineName}</strong> was started earlier and isn’t finished.
          </p>
          <div className="stack">
            <button type="button" className="button button-primary button-block" onClick={() => choose('resume')}>
              Resume {load.active.routineName}
            </button>
            <button type="button" className="button button-block" onClick={() => choose('replace')}>
              End it and start the new routine
            </button>
          </div>
        </div>
      );
    case 'ready':
      return session ? <PlayerScreen session={session} /> : null;
  }
}
