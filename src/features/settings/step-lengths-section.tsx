import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/storage/db';
import { GET_READY_CHOICES, SWITCH_SIDES_CHOICES, settingsRepo, type StepLengthSettings } from '@/storage/settings-repo';

const repo = settingsRepo(getDb());

const FIELDS: { key: keyof StepLengthSettings; label: string; hint: string; choices: readonly number[] }[] = [
  {
    key: 'getReadySeconds',
    label: 'Get ready before the first exercise',
    hint: 'Time to get onto the floor with your ball or roller.',
    choices: GET_READY_CHOICES,
  },
  { key: 'switchSidesSeconds', label: 'Switch sides', hint: 'Time to move the ball or swap legs.', choices: SWITCH_SIDES_CHOICES },
];

/** How long the player's get-ready and switch-sides steps last; used for the next session started. */
export function StepLengthsSection() {
  const stored = useLiveQuery(() => repo.stepLengths(), []);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="lengths-title">
      <h2 id="lengths-title">Session timing</h2>
      {!stored ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="settings-list">
          {FIELDS.map((f) => (
            <div key={f.key} className="card setting">
              <label className="setting-select">
                <span className="setting-label">{f.label}</span>
                <select
                  className="text-input"
                  value={stored[f.key]}
                  onChange={(e) => {
                    setError(null);
                    repo
                      .setStepLengths({ [f.key]: Number(e.target.value) })
                      .catch(() => setError('Couldn’t save that setting. Try again.'));
                  }}
                >
                  {f.choices.map((s) => (
                    <option key={s} value={s}>
                      {s} seconds
                    </option>
                  ))}
                </select>
              </label>
              <p className="muted">{f.hint} Applies from the next session you start.</p>
            </div>
          ))}
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
