import { useEffect, useRef, useState } from 'react';
import { PassphraseInput, ShowPassphrase } from './passphrase-input';

interface Props {
  fileName: string;
  /** The last passphrase tried did not open the file. */
  wrong: boolean;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}

/** Asks for an encrypted backup's passphrase. A wrong one says so and leaves everything as it was. */
export function UnlockForm({ fileName, wrong, busy, onUnlock, onCancel }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [shown, setShown] = useState(false);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Focus lands on the field when the form appears and after a wrong try, ready to type again.
  useEffect(() => {
    if (!busy) input.current?.focus();
  }, [busy, wrong]);

  const error = empty
    ? 'Enter the passphrase this backup was locked with.'
    : wrong
      ? 'That passphrase doesn’t open this backup. Check it and try again — nothing was changed.'
      : null;

  return (
    <form
      className="unlock-form"
      aria-labelledby="unlock-title"
      onSubmit={(e) => {
        e.preventDefault();
        setEmpty(passphrase === '');
        if (passphrase !== '') onUnlock(passphrase);
      }}
    >
      <h3 id="unlock-title">{fileName} is locked with a passphrase</h3>
      <p>Enter the passphrase it was made with. Nothing changes on this phone until you choose how to restore it.</p>
      <PassphraseInput
        ref={input}
        id="unlock-passphrase"
        label="Backup passphrase"
        value={passphrase}
        shown={shown}
        error={busy ? null : error}
        autoComplete="current-password"
        onChange={(value) => {
          setPassphrase(value);
          setEmpty(false);
        }}
      />
      <ShowPassphrase shown={shown} onChange={setShown} />
      {busy && (
        <div className="locking" role="status">
          <p>Opening the backup. This takes a few seconds on purpose: it makes guessing the passphrase slow too.</p>
          <progress aria-label="Opening the backup" />
        </div>
      )}
      <div className="choice-buttons">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open backup'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
