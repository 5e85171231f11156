import { useState } from 'react';
import type { HomeStatus } from './home-status-query';
import { RedFlagCard } from './red-flag-card';

type RedFlag = NonNullable<HomeStatus['redFlag']>;

/**
 * Loaded only when home has a red flag to show: the open red flag in place of Start, then — once
 * "a clinician has checked my knee" is logged — the Undo of it.
 */
export function RedFlagSlot({ redFlag, onChange }: { redFlag: HomeStatus['redFlag']; onChange: (redFlag: HomeStatus['redFlag']) => void }) {
  // What was cleared, for Undo: the ids, and the red flag to show again.
  const [cleared, setCleared] = useState<{ ids: string[]; redFlag: RedFlag } | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const [isUndoFailed, setUndoFailed] = useState(false);
  const undo = ({ ids, redFlag: previous }: { ids: string[]; redFlag: RedFlag }) => {
    setUndoing(true);
    setUndoFailed(false);
    import('./home-red-flag-actions')
      .then((m) => m.unclearRedFlags(ids))
      .then(() => {
        setCleared(null);
        onChange(previous);
      })
      .catch((error: unknown) => {
        console.error('Undo of "a clinician has checked my knee" failed:', error);
        setUndoFailed(true);
      })
      .finally(() => setUndoing(false));
  };
  if (redFlag) {
    return (
      <RedFlagCard
        redFlag={redFlag}
        onCleared={(ids) => {
          setCleared({ ids, redFlag });
          onChange(null);
        }}
      />
    );
  }
  if (cleared === null) return null;
  return (
    <p className="card home-red-flag-cleared" role="status">
      Noted: a clinician has checked your knee.{' '}
      <button type="button" className="link-button" onClick={() => undo(cleared)} disabled={isUndoing}>
        Undo
      </button>
      {isUndoFailed && <> Undo didn’t work: nothing was changed on this phone. Try again.</>}
    </p>
  );
}
