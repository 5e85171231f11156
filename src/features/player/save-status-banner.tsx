import type { SaveStatus } from './session-writer';

/** What to do, per kind of trouble: the session runs on in memory and is written once storage answers. */
const ADVICE: Record<Exclude<SaveStatus, 'saved'>, string> = {
  retrying: 'Couldn’t save — retrying; your session keeps running.',
  quota:
    'Not saved: this device’s storage is full. Your session keeps running here and is saved as soon as there is room — free some space (old photos, videos or apps), and export a backup from Your data when the session ends.',
  unavailable:
    'Not saved: this browser isn’t letting Kneewise store anything (a private window, or site storage switched off). Your session keeps running while this window stays open; use a normal window next time.',
  blocked:
    'Not saved: Kneewise is open in another tab with a different version. Close the other tab (or reload it) — saving carries on by itself.',
};

/**
 * Said out loud and shown while a write is being retried: the session goes on (the log is kept in
 * memory and written when storage answers), but the user should know before closing the app.
 * In the page flow above the player, never over its controls.
 */
export function SaveStatusBanner({ status }: { status: SaveStatus }) {
  if (status === 'saved') return null;
  return (
    <p className="save-banner" role="alert">
      {ADVICE[status]}
    </p>
  );
}
