import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { currentStorageAlert, dismissStorageAlert, subscribeStorageAlerts, type StorageAlert } from '@/storage/storage-alerts';

/** Each message says what happened and what to do about it. */
const WORDS: Record<StorageAlert, { title: string; advice: string }> = {
  quota: {
    title: 'This phone’s storage is full, so your last change was not saved.',
    advice: 'Free some space (old photos, videos or apps you don’t use), then try again. Download a backup now so nothing is lost.',
  },
  unavailable: {
    title: 'This browser isn’t letting Kneewise save anything.',
    advice:
      'A private window, or site data turned off in the browser’s settings, does this. Open Kneewise in a normal window, or allow site data, so your sessions are kept.',
  },
  blocked: {
    title: 'Kneewise can’t finish updating while it is open in another tab.',
    advice: 'Close the other Kneewise tabs or windows; this one carries on by itself once they are closed.',
  },
  upgraded: {
    title: 'Kneewise was updated in another tab — reload this one.',
    advice: 'Until it reloads, this tab can’t save anything, so nothing here is mixed up with the new version.',
  },
};

/**
 * App-wide and non-blocking: storage trouble from any screen, reported by the storage layer. The
 * player shows its own "not saved" banner for a full or refused disk, so only tab trouble shows there.
 */
export function StorageBanner({ isPlayer }: { isPlayer: boolean }) {
  const alert = useSyncExternalStore(subscribeStorageAlerts, currentStorageAlert, () => null);
  if (!alert || (isPlayer && (alert === 'quota' || alert === 'unavailable'))) return null;
  const { title, advice } = WORDS[alert];
  return (
    <div className="toast storage-toast" role="alert">
      <p>{title}</p>
      <p className="storage-toast-advice">{advice}</p>
      <div className="toast-actions">
        {alert === 'upgraded' && (
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        )}
        {alert === 'quota' && (
          <Link className="button button-primary" to="/data#export-title" onClick={dismissStorageAlert}>
            Download a backup
          </Link>
        )}
        {alert !== 'upgraded' && (
          <button type="button" className="button" onClick={dismissStorageAlert}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
