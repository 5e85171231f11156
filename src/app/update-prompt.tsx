import { useEffect, useState, useSyncExternalStore } from 'react';
import { dismissOfflineReady, getUpdateState, reloadToUpdate, subscribeToUpdates } from '@/platform/service-worker';

const useUpdateState = () => useSyncExternalStore(subscribeToUpdates, getUpdateState, getUpdateState);

/**
 * "A new version is ready": the user decides when to reload (never by itself). While a step of a
 * session runs it is not offered at all (the platform holds it back until a pause or the end).
 */
export function UpdatePrompt() {
  const { isUpdateWaiting, isSessionOpen } = useUpdateState();
  const [isDismissed, setDismissed] = useState(false);
  const [isSaveFailed, setSaveFailed] = useState(false);
  const [isReloading, setReloading] = useState(false);
  if (!isUpdateWaiting || isDismissed) return null;
  const update = () => {
    setReloading(true);
    setSaveFailed(false);
    reloadToUpdate().catch(() => {
      setReloading(false);
      setSaveFailed(true);
    });
  };
  return (
    <div className="toast update-toast" role="status">
      <p>A new version of Kneewise is ready.</p>
      {isSessionOpen && <p>Your session is saved first and comes back at this step with the same time left.</p>}
      {isSaveFailed && <p role="alert">Your session couldn’t be saved, so the update waits. Try again in a moment.</p>}
      <div className="toast-actions">
        <button type="button" className="button button-primary" onClick={update} disabled={isReloading}>
          {isReloading ? 'Updating…' : 'Reload to update'}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          Later
        </button>
      </div>
    </div>
  );
}

const OFFLINE_NOTE_MS = 8000;

/** A quiet note in the top bar the first time everything is cached; it never covers content. */
export function OfflineReadyNote() {
  const { isOfflineReady } = useUpdateState();
  useEffect(() => {
    if (!isOfflineReady) return;
    const id = window.setTimeout(dismissOfflineReady, OFFLINE_NOTE_MS);
    return () => window.clearTimeout(id);
  }, [isOfflineReady]);
  return (
    <span className="offline-ready" role="status">
      {isOfflineReady ? '✓ Works offline now' : ''}
    </span>
  );
}
