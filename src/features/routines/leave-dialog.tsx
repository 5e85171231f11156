import { useEffect, useRef } from 'react';

interface Props {
  onStay: () => void;
  onLeave: () => void;
  onDiscard: () => void;
}

/** "Leave with unsaved changes?" — a modal dialog; Escape stays. */
export function LeaveDialog({ onStay, onLeave, onDiscard }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="leave-title"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-title">Leave with unsaved changes?</h2>
      <p>Your changes stay as a draft here until you save or discard them.</p>
      <div className="stack">
        <button type="button" className="button button-primary button-block" onClick={onStay}>
          Keep editing
        </button>
        <button type="button" className="button button-block" onClick={onLeave}>
          Leave, keep the draft
        </button>
        <button type="button" className="button button-block" onClick={onDiscard}>
          Discard changes and leave
        </button>
      </div>
    </dialog>
  );
}
