import { useEffect, useRef } from 'react';
import { focusTarget } from '@/platform/focus';
import { countLabel } from '@/storage/backup-format';
import { ImportPreviewTable } from './import-preview';
import { ReplaceDialog } from './replace-dialog';
import { UnlockForm } from './unlock-form';
import { useImport } from './use-import';

export function ImportSection() {
  const { state, check, unlock, write, reset } = useImport();
  const dialog = useRef<HTMLDialogElement>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const lastStep = useRef(state.step);

  // Each step replaces (or disables) the control just used: focus goes to what came of it — the
  // preview's choice, the refusal, the result, or back to the section after Cancel — never the body.
  useEffect(() => {
    if (lastStep.current === state.step) return;
    lastStep.current = state.step;
    const root = section.current;
    if (state.step === 'ready') focusTarget(previewTitle.current);
    else if (state.step === 'invalid' || state.step === 'failed') focusTarget(root?.querySelector<HTMLElement>('[role="alert"]'));
    else if (state.step === 'done') focusTarget(root?.querySelector<HTMLElement>('.import-result'));
    else if (state.step === 'idle') focusTarget(root?.querySelector<HTMLElement>('#import-title'));
  }, [state.step]);

  return (
    <section
      ref={section}
      aria-labelledby="import-title"
      className="data-section"
      aria-busy={state.step === 'checking' || state.step === 'unlocking' || state.step === 'writing'}
    >
      <h2 id="import-title">Restore from a backup</h2>
      <p>
        Pick a Kneewise backup file (.json), plain or locked with a passphrase. It is checked first; nothing changes until you choose how to
        restore it.
      </p>
      <label className="file-pick">
        <span>Choose a backup file</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={state.step === 'checking' || state.step === 'unlocking' || state.step === 'writing'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so choosing the same file again (after fixing it) is a change too.
            e.currentTarget.value = '';
            if (file) void check(file);
          }}
        />
      </label>
      <div role="status" aria-live="polite">
        {state.step === 'checking' && <p>Checking {state.fileName}…</p>}
        {state.step === 'writing' && <p>Restoring…</p>}
        {state.step === 'done' && (
          <p className="callout import-result">
            Restored {countLabel('sessions', state.written.sessions)} and {countLabel('painChecks', state.written.painChecks)}
            {state.mode === 'merge' ? ', merged with what was already here.' : '.'}
          </p>
        )}
      </div>
      {(state.step === 'locked' || state.step === 'unlocking') && (
        <UnlockForm
          fileName={state.fileName}
          wrong={state.step === 'locked' && state.wrong}
          busy={state.step === 'unlocking'}
          onUnlock={(passphrase) => void unlock(passphrase)}
          onCancel={reset}
        />
      )}
      {(state.step === 'invalid' || state.step === 'failed') && (
        <div role="alert" className="callout callout-caution">
          <p>
            <strong>{state.step === 'invalid' ? `${state.fileName} can’t be restored.` : 'The restore failed.'}</strong> {state.reason}
          </p>
          <p>Nothing was changed.</p>
        </div>
      )}
      {(state.step === 'ready' || state.step === 'writing') && (
        <div className="import-choice">
          <h3 ref={previewTitle} tabIndex={-1}>
            {state.fileName} is a good backup
          </h3>
          <ImportPreviewTable preview={state.preview} exportedAt={state.backup.exportedAt} />
          <div className="choice-buttons">
            <button
              type="button"
              className="button button-primary"
              disabled={state.step === 'writing'}
              aria-describedby="merge-hint"
              onClick={() => void write('merge')}
            >
              Merge
            </button>
            <p id="merge-hint" className="muted small">
              Adds what is new; where a record is in both, the backup’s version wins. Nothing is deleted.
            </p>
            <button
              type="button"
              className="button"
              disabled={state.step === 'writing'}
              aria-describedby="replace-hint"
              onClick={() => dialog.current?.showModal()}
            >
              Replace…
            </button>
            <p id="replace-hint" className="muted small">
              Deletes everything on this phone, then restores the backup exactly.
            </p>
            <button type="button" className="button" disabled={state.step === 'writing'} onClick={reset}>
              Cancel
            </button>
          </div>
          <ReplaceDialog ref={dialog} preview={state.preview} onConfirm={() => void write('replace')} />
        </div>
      )}
    </section>
  );
}
