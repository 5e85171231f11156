import { useEffect, useRef, useState } from 'react';
import { focusTarget } from '@/platform/focus';
import { deleteAllData } from '@/storage/backup';
import { getDb } from '@/storage/db';

const WORD = 'DELETE';

/** Typed confirmation: a tap can be an accident, typing a word is not. */
export function DeleteSection() {
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<'idle' | 'deleting' | 'done' | { error: string }>('idle');
  const isConfirmed = typed.trim().toUpperCase() === WORD;
  const result = useRef<HTMLDivElement>(null);

  // The button is disabled while deleting (focus would drop to the body): focus the outcome instead.
  useEffect(() => {
    if (status === 'done' || typeof status === 'object') focusTarget(result.current?.querySelector<HTMLElement>('p'));
  }, [status]);

  async function remove() {
    setStatus('deleting');
    try {
      await deleteAllData(getDb());
      setTyped('');
      setStatus('done');
    } catch (error) {
      setStatus({ error: error instanceof Error ? error.message : 'unknown error' });
    }
  }

  return (
    <section aria-labelledby="delete-title" className="data-section data-danger">
      <h2 id="delete-title">Delete all data</h2>
      <p>
        Removes every session, pain check, self-check, exercise choice, own routine and setting from this phone. It can’t be undone —{' '}
        <a href="#export-title">download a backup first</a> if you may want any of it back.
      </p>
      <label className="typed-confirm">
        <span>Type {WORD} to confirm</span>
        <input
          type="text"
          className="text-input"
          value={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      <button type="button" className="button button-danger" disabled={!isConfirmed || status === 'deleting'} onClick={() => void remove()}>
        {status === 'deleting' ? 'Deleting…' : 'Delete all data'}
      </button>
      <div ref={result}>
        <div role="status" aria-live="polite">
          {status === 'done' && <p className="callout">All data was deleted from this phone.</p>}
        </div>
        {typeof status === 'object' && (
          <p role="alert" className="callout callout-caution">
            Nothing was deleted: {status.error}.
          </p>
        )}
      </div>
    </section>
  );
}
