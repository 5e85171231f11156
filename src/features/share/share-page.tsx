import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import type { Routine } from '@/content/catalog-types';
import { summariseRoutine } from '@/domain/session/build-plan';
import { fromRoutine, OWN_ROUTINE_PREFIX, toRoutine } from '@/domain/routines/user-routine';
import { decodeShareFragment, ownRecordOf, type SharedRoutine } from '@/domain/share/share-link';
import { newId, now } from '@/platform/clock';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import { saveUserRoutine } from '@/storage/user-routine-repo';
import { formatDosage, formatMinutes } from '@/ui/format';

const catalog = {
  hasExercise: (id: string) => planFacts[id] !== undefined,
  hasRoutine: (id: string) => findRoutine(id) !== undefined,
  facts: planFacts,
};

function routineOf(shared: SharedRoutine): Routine | undefined {
  if (shared.kind === 'builtin') return findRoutine(shared.routineId);
  return toRoutine(ownRecordOf(shared, 'shared', 0), planFacts);
}

/** Route `/share#r=…`: a shared routine, previewed; nothing is stored until "Add to my routines". */
export function SharePage() {
  useDocumentTitle('Shared routine');
  const { hash } = useLocation();
  const result = decodeShareFragment(hash, catalog);
  const routine = result.ok ? routineOf(result.routine) : undefined;
  if (!result.ok || !routine) {
    return (
      <div className="page">
        <h1>This link can’t be opened</h1>
        <p role="alert" className="callout callout-caution">
          {result.ok ? 'This link names a routine this version of Kneewise doesn’t have. Nothing was added.' : result.message}
        </p>
        <Link to="/routines">See the routines in Kneewise</Link>
      </div>
    );
  }
  return <SharePreview shared={result.routine} routine={routine} />;
}

function SharePreview({ shared, routine }: { shared: SharedRoutine | null; routine: Routine }) {
  const summary = summariseRoutine(routine, planFacts);
  const [state, setState] = useState<'idle' | 'saving' | 'added' | 'failed'>('idle');
  const [addedId, setAddedId] = useState<string | null>(null);
  async function add() {
    if (!shared) return;
    setState('saving');
    // The prefix is what makes every screen resolve it as an own routine.
    const id = `${OWN_ROUTINE_PREFIX}${newId()}`;
    const at = now();
    try {
      // A built-in routine is added as a copy with all its doses, like "Duplicate" does.
      const record = shared.kind === 'own' ? ownRecordOf(shared, id, at) : fromRoutine(routine, id, at, routine.name);
      await saveUserRoutine(getDb(), record);
      setAddedId(id);
      setState('added');
    } catch {
      setState('failed');
    }
  }
  const cautions = summary.chosen.active.filter((i) => i.exercise.kneeLoad === 'caution');
  return (
    <div className="page">
      <p className="today-eyebrow">Shared routine</p>
      <h1>{routine.name}</h1>
      <p>
        About {formatMinutes(summary.durationMs)} · {summary.exerciseCount} exercises · {summary.checkCount} knee checks
      </p>
      {cautions.length > 0 && (
        <p className="callout callout-caution">
          Knee caution: {cautions.map((c) => c.exercise.name).join(', ')} can load the knee. Each has a knee-sparing option on its page.
        </p>
      )}
      <ol className="routine-steps">
        {summary.chosen.active.map((item) => (
          <li key={`${item.originalId}-${item.index}`} className="card routine-step">
            <Link to={`/exercises/${item.exercise.id}`} className="routine-step-name">
              {item.exercise.name}
            </Link>
            <span className="muted">{formatDosage(item.dosage, item.exercise.sides)}</span>
          </li>
        ))}
      </ol>
      {state === 'added' && addedId ? (
        <>
          <p role="status" className="callout">
            Added to your routines.
          </p>
          <Link to={`/session?routine=${addedId}`} className="button button-primary button-block">
            Start it now
          </Link>
          <Link to={`/routines/${addedId}`} className="button button-block">
            Open it in your routines
          </Link>
        </>
      ) : (
        <button type="button" className="button button-primary button-block" disabled={state === 'saving'} onClick={() => void add()}>
          Add to my routines
        </button>
      )}
      {state === 'failed' && (
        <p role="alert" className="callout callout-caution">
          It could not be saved on this phone. Nothing was added.
        </p>
      )}
      {state !== 'added' && shared?.kind === 'builtin' && (
        <Link to={`/session?routine=${routine.id}`} className="button button-block">
          Start it now
        </Link>
      )}
    </div>
  );
}
