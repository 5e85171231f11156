import type { Ref } from 'react';
import type { PassphraseProblem } from '@/domain/backup/passphrase';
import { MIN_PASSPHRASE_LENGTH } from '@/domain/backup/passphrase';
import { PassphraseInput, ShowPassphrase } from './passphrase-input';

export interface EncryptChoice {
  protect: boolean;
  first: string;
  second: string;
  shown: boolean;
}

interface Props {
  choice: EncryptChoice;
  problem: PassphraseProblem;
  disabled: boolean;
  firstRef: Ref<HTMLInputElement>;
  secondRef: Ref<HTMLInputElement>;
  onChange: (choice: EncryptChoice) => void;
}

/** The optional passphrase for the JSON backup, with the one warning that matters: no passphrase, no data. */
export function EncryptOption({ choice, problem, disabled, firstRef, secondRef, onChange }: Props) {
  const set = (change: Partial<EncryptChoice>) => onChange({ ...choice, ...change });
  return (
    <fieldset className="encrypt-option" disabled={disabled}>
      <legend className="visually-hidden">Passphrase</legend>
      <label className="encrypt-toggle">
        <input type="checkbox" checked={choice.protect} onChange={(e) => set({ protect: e.target.checked })} />
        <span>Protect with a passphrase</span>
      </label>
      <p className="muted small">Anyone who finds a plain backup can read it. With a passphrase, the file can only be opened with it.</p>
      {choice.protect && (
        <div className="passphrase-fields">
          <p className="callout callout-caution" id="passphrase-warning">
            <strong>A forgotten passphrase cannot be recovered.</strong> Kneewise keeps no copy of it, and nobody can open the file without
            it. Write it down somewhere safe.
          </p>
          <PassphraseInput
            ref={firstRef}
            id="backup-passphrase"
            label="Passphrase"
            hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few words together are easiest to remember.`}
            value={choice.first}
            shown={choice.shown}
            error={problem?.field === 'first' ? problem.text : null}
            autoComplete="new-password"
            onChange={(first) => set({ first })}
          />
          <PassphraseInput
            ref={secondRef}
            id="backup-passphrase-again"
            label="Passphrase again"
            value={choice.second}
            shown={choice.shown}
            error={problem?.field === 'second' ? problem.text : null}
            autoComplete="new-password"
            onChange={(second) => set({ second })}
          />
          <ShowPassphrase shown={choice.shown} onChange={(shown) => set({ shown })} />
        </div>
      )}
    </fieldset>
  );
}
