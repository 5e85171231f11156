import type { Ref } from 'react';
import type { ImportPreview } from '@/storage/backup';
import { BACKUP_TABLES } from '@/storage/backup-format';

/** Replace deletes first: a second, explicit yes, with what will be lost spelled out. */
export function ReplaceDialog({ ref, preview, onConfirm }: { ref: Ref<HTMLDialogElement>; preview: ImportPreview; onConfirm: () => void }) {
  const onPhone = BACKUP_TABLES.reduce((sum, t) => sum + preview[t].onDevice, 0);
  const lost = BACKUP_TABLES.reduce((sum, t) => sum + preview[t].onlyOnDevice, 0);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="replace-title" aria-describedby="replace-text">
      <form method="dialog">
        <h2 id="replace-title">Replace everything on this phone?</h2>
        <p id="replace-text">
          {onPhone === 0
            ? 'There is nothing on this phone yet; the backup is restored exactly.'
            : `All ${onPhone.toLocaleString('en')} records on this phone are deleted, then the backup is restored exactly.`}
          {lost > 0 && ` ${lost.toLocaleString('en')} of them are not in the backup and will be gone for good.`}
          {onPhone > 0 && ' This can’t be undone.'}
        </p>
        {/* Opened with showModal(), the dialog focuses its first control: Cancel, the safe one. (React's
            autoFocus would focus it at mount instead, while the dialog is still closed.) */}
        <div className="dialog-actions">
          <button type="submit" className="button" value="cancel">
            Cancel
          </button>
          <button type="submit" className="button button-danger" value="replace" onClick={onConfirm}>
            Replace my data
          </button>
        </div>
      </form>
    </dialog>
  );
}
