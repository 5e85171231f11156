import { useEffect } from 'react';

export const UNDO_MS = 5000;

/** "Saved — Undo" for a few seconds after a one-tap check. */
export function UndoToast({ text, onUndo, onExpire }: { text: string; onUndo: () => void; onExpire: () => void }) {
  useEffect(() => {
    const id = window.setTimeout(onExpire, UNDO_MS);
    return () => window.clearTimeout(id);
  }, [onExpire]);
  return (
    <div className="toast player-toast" role="status">
      <p>{text}</p>
      <div className="toast-actions">
        <button type="button" className="button button-primary" onClick={onUndo}>
          Undo
        </button>
      </div>
    </div>
  );
}
