/**
 * "Saved: no knee pain · Undo", in the player's notice slot above the controls (never over
 * them). It stays for the whole step after the check, not a few seconds: the one way to take back
 * a one-tap answer has to be reachable.
 */
export function UndoNotice({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <div className="undo-notice">
      <p>{text}</p>
      <button type="button" className="button button-small" onClick={onUndo}>
        Undo<span className="visually-hidden"> the knee check</span>
      </button>
    </div>
  );
}
