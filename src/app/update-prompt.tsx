import { useEffect, useState, useSyncExternalStore } from 'react';
import { dismissOfflineReady, getUpdateState, reloadToUpdate, subscribeToUpdates } from '@/platform/service-worker';

const useUpdateState = () => useSyncExternalStore(subscribeToUpdates, getUpdateState, getUpdateState);

/** "A new version is ready": the user decides when to reload (never mid-session by itself). */
export function UpdatePrompt() {
  const { isUpdateWaiting } = useUpdateState();
  const [isDismissed, setDismissed] = useState(false);
  if (!isUpdateWaiting || isDismissed) return null;
  return (
    <div className="toast" role="status">
      <p>A new version of Kneewise is ready.</p>
      <div className="toast-actions">
        <button type="button" className="button button-primary" onClick={() => void reloadToUpdate()}>
          Reload to update
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
