import type { Ref } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  shown: boolean;
  /** The message under the field when this field is the one to fix. */
  error?: string | null;
  hint?: string;
  autoComplete: 'new-password' | 'current-password';
  ref?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/** One passphrase field: its label, an optional hint and its own error, all read out with the field. */
export function PassphraseInput({ id, label, value, shown, error, hint, autoComplete, ref, onChange }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="passphrase-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        className="text-input"
        type={shown ? 'text' : 'password'}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Show/hide for every passphrase field of a form: typing blind on a phone is how typos happen. */
export function ShowPassphrase({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  return (
    <label className="show-passphrase">
      <input type="checkbox" checked={shown} onChange={(e) => onChange(e.target.checked)} />
      <span>Show passphrase</span>
    </label>
  );
}
