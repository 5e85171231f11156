import { formatBytes } from './format-bytes';
import { useStorageStatus } from './use-storage-status';

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageStatus() {
  const { persistence, usage, ask } = useStorageStatus();
  return (
    <section aria-labelledby="storage-title" className="data-section">
      <h2 id="storage-title">Keeping it safe</h2>
      <div role="status" aria-live="polite">
        {persistence === 'checking' && <p>Checking storage…</p>}
        {persistence === 'granted' && (
          <p className="callout">
            <strong>Kept.</strong> This browser has promised not to clear Kneewise’s data to free up space. Deleting the app or clearing the
            browser’s data still removes it, so keep a backup too.
          </p>
        )}
        {persistence === 'refused' && (
          <div className="callout callout-caution">
            <p>
              <strong>The browser said no.</strong> It may still clear Kneewise’s data when the phone runs low on space, or (on iPhone)
              after a few weeks without opening the app. Adding Kneewise to your home screen and using it often can change its mind; you can
              ask again later.
            </p>
            <p>Until then, a backup you download regularly is what protects your history.</p>
          </div>
        )}
        {persistence === 'unsupported' && (
          <p className="callout callout-caution">
            This browser can’t promise to keep the data. It may clear it when space runs low — download a backup regularly.
          </p>
        )}
      </div>
      {(persistence === 'not-granted' || persistence === 'asking' || persistence === 'refused') && (
        <>
          {persistence !== 'refused' && (
            <p>Browsers may clear a website’s data when space runs low. Ask this browser to keep Kneewise’s data for good.</p>
          )}
          <button type="button" className="button button-primary" disabled={persistence === 'asking'} onClick={() => void ask()}>
            {persistence === 'asking' ? 'Asking the browser…' : persistence === 'refused' ? 'Ask again' : 'Keep my data'}
          </button>
        </>
      )}
      {usage && (
        <p className="muted small data-usage">
          Kneewise uses about {formatBytes(usage.usageBytes)} on this device (the browser allows up to {formatBytes(usage.quotaBytes)}),
          including the copy of the app that works offline.
        </p>
      )}
    </section>
  );
}
