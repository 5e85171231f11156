import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { resolveRoutine } from '@/storage/routine-resolver';
import { sessions } from './player-repos';

/**
 * "Switch to the gentle flare-up day": this session was just ended; once its end is stored (so it is no
 * longer the active one), open the other routine. Waits on the database, not on a timer.
 */
export function SwitchingRoutine({ fromSessionId, routineId }: { fromSessionId: string; routineId: string }) {
  const navigate = useNavigate();
  const name = useLiveQuery(async () => (await resolveRoutine(routineId))?.routine.name, [routineId]);
  const isEnded = useLiveQuery(async () => (await sessions.get(fromSessionId))?.status === 'finished', [fromSessionId]);
  useEffect(() => {
    if (isEnded) void navigate(`/session?routine=${encodeURIComponent(routineId)}`, { replace: true });
  }, [isEnded, navigate, routineId]);
  return (
    <div className="page" aria-busy="true">
      <p role="status">Starting {name ?? 'the next routine'}…</p>
    </div>
  );
}
