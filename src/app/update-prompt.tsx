import { useState, useSyncExternalStore } from 'react';
import { dismissOfflineReady, getUpdateState, reloadToUpdate, subscribeToUpdates } from '@/platform/service-worker';

/** "A new version is ready": the user decides when to reload (never mid-session by itself). */
export function UpdatePrompt() {
  const { isUpdateWaiting, isOfflineReady } = useSyncExternalStore(subscribeToUpdates, getUpdateState, getUpdateState);
  const [isDismissed, setDismissed] = useState(false);
  if (isUpdateWaiting && !isDismissed) {
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
  if (isOfflineReady) {
    return (
      <div className="toast" role="status">
        <p>Ready to work offline.</p>
        <div className="toast-actions">
          <button type="button" className="button" onClick={dismissOfflineReady}>
            OK
          </button>
        </div>
      </div>
    );
  }
  return null;
}
