import { useState } from 'react';
import { checkKindOf, turnDirectionOf, type Assessment, type ResultOf } from '@/domain/assessment/types';
import { KneesForm } from './knees-form';
import { LegTurnForm } from './leg-turn-form';
import { ResultWords } from './result-words';
import { StanceForm } from './stance-form';

export type NewResult = { [K in keyof ResultOf]: { kind: K; result: ResultOf[K] } }[keyof ResultOf];

interface Props {
  exerciseId: string;
  /** Resolves once stored; returns the stored record (shown with what it means). */
  onSave: (result: NewResult) => Promise<Assessment>;
  onUndo: (record: Assessment) => Promise<void>;
}

/** "Record your result" for one self-check: the form for its kind, then what it means, with Undo. */
export function SelfCheckForm({ exerciseId, onSave, onUndo }: Props) {
  const kind = checkKindOf(exerciseId);
  const [saved, setSaved] = useState<Assessment | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (kind === null) return null;
  const save = (r: NewResult) => {
    setSaving(true);
    setError(null);
    onSave(r)
      .then(setSaved)
      .catch(() => setError('Could not save the result. Try again.'))
      .finally(() => setSaving(false));
  };
  if (saved)
    return (
      <div className="self-check-saved">
        <p role="status">Result saved.</p>
        <ResultWords record={saved} />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            void onUndo(saved).then(() => setSaved(null));
          }}
        >
          Undo
        </button>
      </div>
    );
  return (
    <>
      {kind === 'leg-turn' && (
        <LegTurnForm direction={turnDirectionOf(exerciseId)} isSaving={isSaving} onSave={(result) => save({ kind, result })} />
      )}
      {kind === 'single-leg-stance' && <StanceForm isSaving={isSaving} onSave={(result) => save({ kind, result })} />}
      {kind === 'knees-cave' && <KneesForm isSaving={isSaving} onSave={(result) => save({ kind, result })} />}
      {error && <p role="alert">{error}</p>}
    </>
  );
}
