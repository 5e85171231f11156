import type { SaveStatus } from './session-writer';

/**
 * Said out loud and shown while a write is being retried: the session goes on (the log is kept in
 * memory and written when storage answers), but the user should know before closing the app.
 * In the page flow above the player, never over its controls.
 */
export function SaveStatusBanner({ status }: { status: SaveStatus }) {
  if (status === 'saved') return null;
  return (
    <p className="save-banner" role="alert">
      Couldn’t save — retrying; your session keeps running.
    </p>
  );
}
