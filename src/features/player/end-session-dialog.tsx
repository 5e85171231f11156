import type { Ref, SyntheticEvent } from 'react';

/**
 * Confirm before ending: a stray tap on a mat must not throw a session away. The session ends
 * once the dialog has closed (its form submitted), not during the click: ending unmounts the
 * dialog, and a form removed mid-submission is a "form is not connected" warning.
 */
export function EndSessionDialog({ ref, onConfirm }: { ref: Ref<HTMLDialogElement>; onConfirm: () => void }) {
  const onClose = (e: SyntheticEvent<HTMLDialogElement>) => {
    const dialog = e.currentTarget;
    const isEnd = dialog.returnValue === 'end';
    dialog.returnValue = '';
    if (isEnd) onConfirm();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="end-title" onClose={onClose}>
      <form method="dialog">
        <h2 id="end-title">End this session?</h2>
        <p>What you did so far is saved. You can start the routine again any time.</p>
        <div className="dialog-actions">
          <button type="submit" className="button" value="cancel" autoFocus>
            Keep going
          </button>
          <button type="submit" className="button button-primary" value="end">
            End session
          </button>
        </div>
      </form>
    </dialog>
  );
}
