import { useEffect, useRef } from 'react';
import type { LadderFile } from '@/content/programme-schema';
import { planFacts } from '@/content/routine-catalog';
import type { Decision } from '@/domain/programme/progression';
import type { LevelChangeRecord } from '@/storage/records';

const nameOf = (id: string) => planFacts[id]?.name ?? id;

export interface LadderOutcome {
  ladder: LadderFile;
  fromLevelId: string;
  fromExerciseId: string;
  decision: Decision;
  /** This session's answer to the decision, if any, and whether it was undone. */
  answer: LevelChangeRecord | null;
  isUndone: boolean;
}

type Props = {
  outcome: LadderOutcome;
  onRecord: (kind: 'up' | 'down' | 'declined', to: { levelId: string; exerciseId: string }, reason: string) => void;
  onUndo: (answer: LevelChangeRecord) => void;
};

/** One ladder on the finish screen: an offer to take or decline, a drop with its reason, each with Undo. */
export function FinishLevel({ outcome, onRecord, onUndo }: Props) {
  const { decision, answer, isUndone } = outcome;
  const dropped = useRef(false);
  // A red check drops a level at once (safety first); the reason is shown and Undo is one tap away.
  useEffect(() => {
    if (decision.kind !== 'drop' || answer || dropped.current) return;
    dropped.current = true;
    onRecord('down', { levelId: decision.to.id, exerciseId: decision.to.exercise }, decision.reason);
  }, [decision, answer, onRecord]);
  if (decision.kind === 'drop') {
    return (
      <li className="card">
        <p role="status">{isUndone ? `Kept your level for ${outcome.ladder.name}.` : decision.reason}</p>
        <p className="muted">Next time: {nameOf(isUndone ? outcome.fromExerciseId : decision.to.exercise)}</p>
        {answer && !isUndone && <UndoButton onUndo={() => onUndo(answer)} what={`the drop for ${outcome.ladder.name}`} />}
      </li>
    );
  }
  if (decision.kind !== 'offer-up') return null;
  const target = `${nameOf(decision.to.exercise)}, ${decision.to.label}`;
  if (answer && !isUndone) {
    return (
      <li className="card">
        <p role="status">
          {answer.kind === 'up'
            ? `Next level taken: ${target}. Next time you do it.`
            : `Not now — staying at this level; Kneewise asks again after 2 more green sessions.`}
        </p>
        <UndoButton onUndo={() => onUndo(answer)} what={answer.kind === 'up' ? `taking ${target}` : 'not now'} />
      </li>
    );
  }
  return (
    <li className="card level-offer">
      <p>
        <strong>Ready for the next level: {target}</strong>
      </p>
      <p className="muted">{decision.reason} It’s your choice; you can undo it.</p>
      <div className="stack">
        <button
          type="button"
          className="button button-primary"
          onClick={() => onRecord('up', { levelId: decision.to.id, exerciseId: decision.to.exercise }, decision.reason)}
        >
          Take it
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onRecord('declined', { levelId: outcome.fromLevelId, exerciseId: outcome.fromExerciseId }, 'Not now')}
        >
          Not now
        </button>
      </div>
    </li>
  );
}

function UndoButton({ onUndo, what }: { onUndo: () => void; what: string }) {
  return (
    <button type="button" className="button button-small" onClick={onUndo}>
      Undo<span className="visually-hidden"> {what}</span>
    </button>
  );
}
