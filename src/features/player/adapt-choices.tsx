import { useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import type { PlanFacts } from '@/content/catalog-types';
import { insertExerciseAfter } from '@/domain/session/build-plan';
import { usePlayerStore } from './player-store';
import { prefs, sessions } from './player-repos';

const TRANSITION_MS = 10_000;

interface Props {
  exercise: PlanFacts;
  stepIndex: number;
  painCheckId: string | null;
  onDone: () => void;
}

/** After a red check: swap to the knee-sparing option, lower the dose, skip it, or carry on. Remembered. */
export function AdaptChoices({ exercise, stepIndex, painCheckId, onDone }: Props) {
  const session = usePlayerStore((s) => s.session);
  const replacePlan = usePlayerStore((s) => s.replacePlan);
  const [error, setError] = useState<string | null>(null);
  const gentler = planFacts[exercise.alternative ?? exercise.regression ?? ''];
  const isAlternative = exercise.alternative !== undefined && gentler !== undefined;

  const choose = async (action: 'swap' | 'lower-dose' | 'skip') => {
    try {
      await prefs.set({
        exerciseId: exercise.id,
        action,
        swapTo: action === 'swap' ? (gentler?.id ?? null) : null,
        decidedAt: Date.now(),
        painCheckId,
      });
      if (action === 'swap' && gentler && session) {
        const plan = insertExerciseAfter(session.plan, stepIndex, gentler, TRANSITION_MS);
        await sessions.replacePlan(session.id, plan);
        replacePlan(plan);
      }
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="adapt" role="group" aria-labelledby="adapt-title">
      <h3 id="adapt-title">{exercise.name} seems to load your knee. What now?</h3>
      {gentler && (
        <button type="button" className="button button-primary button-block" onClick={() => void choose('swap')}>
          Switch to {gentler.name} — now and next time
          <span className="adapt-hint">{isAlternative ? 'The knee-sparing alternative' : 'An easier version'}</span>
        </button>
      )}
      <button type="button" className="button button-block" onClick={() => void choose('lower-dose')}>
        Lower the dose next time
      </button>
      <button type="button" className="button button-block" onClick={() => void choose('skip')}>
        Leave it out of my routines
      </button>
      <button type="button" className="button button-block" onClick={onDone}>
        Continue anyway
      </button>
      <p className="muted small">You can undo this choice on the routine page.</p>
      {error && (
        <p role="alert" className="save-error">
          Couldn’t save your choice: {error}
        </p>
      )}
    </div>
  );
}
