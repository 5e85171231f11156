import type { Ref } from 'react';

/** Confirm before ending: a stray tap on a mat must not throw a session away. */
export function EndSessionDialog({ ref, onConfirm }: { ref: Ref<HTMLDialogElement>; onConfirm: () => void }) {
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="end-title">
      <form method="dialog">
        <h2 id="end-title">End this session?</h2>
        <p>What you did so far is saved. You can start the routine again any time.</p>
        <div className="dialog-actions">
          <button type="submit" className="button" value="cancel" autoFocus>
            Keep going
          </button>
          <button type="submit" className="button button-primary" value="end" onClick={onConfirm}>
            End session
          </button>
        </div>
      </form>
    </dialog>
  );
}
