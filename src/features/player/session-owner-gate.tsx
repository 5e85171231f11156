import { useEffect, useRef, useState, type ReactNode } from 'react';
import { playerLock, type PlayerLock } from '@/platform/session-lock';
import { getUpdateGuard } from '@/platform/update-guard';
import { usePlayerStore } from './player-store';

type Ownership = 'claiming' | 'owned' | 'busy' | 'lost';

/**
 * The player runs in one window at a time. Its children (which open the session from storage and
 * write to it) mount only while this window owns the player; handing over stores everything first.
 */
export function SessionOwnerGate({ children }: { children: ReactNode }) {
  const [ownership, setOwnership] = useState<Ownership>('claiming');
  const lock = useRef<PlayerLock | null>(null);
  const close = usePlayerStore((s) => s.close);

  useEffect(() => {
    const held = playerLock({
      onOwned: () => setOwnership('owned'),
      onBusy: () => setOwnership('busy'),
      onLost: () => {
        close();
        setOwnership('lost');
      },
      // The running player's guard stores its log and a last heartbeat (the same as before an update).
      beforeRelease: async () => {
        await getUpdateGuard()?.prepare();
      },
    });
    lock.current = held;
    return () => {
      held.close();
      lock.current = null;
    };
  }, [close]);

  const takeOver = () => {
    setOwnership('claiming');
    lock.current?.takeOver();
  };

  if (ownership === 'owned') return children;
  if (ownership === 'claiming')
    return (
      <div className="page" aria-busy="true">
        <p role="status">Opening your session…</p>
      </div>
    );
  return (
    <div className="page">
      <h1>{ownership === 'busy' ? 'This session is running in another window' : 'This session moved to another window'}</h1>
      <p>
        {ownership === 'busy'
          ? 'To keep one true record, only one window plays a session. Taking it over here stops it there, where it is, with everything saved.'
          : 'This window has stopped playing and saving it; nothing done there is lost. Take it back to carry on here.'}
      </p>
      <button type="button" className="button button-primary button-block" onClick={takeOver}>
        {ownership === 'busy' ? 'Take it over' : 'Take it back'}
      </button>
    </div>
  );
}
