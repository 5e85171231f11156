import { useState } from 'react';
import { useNavigate } from 'react-router';
import { planFacts } from '@/content/routine-catalog';
import { addStep, moveStep, removeStep, replaceExercise, updateStep } from '@/domain/routines/edit-routine';
import {
  DEFAULT_GET_READY_SECONDS,
  DEFAULT_SWITCH_SIDES_SECONDS,
  toRoutine,
  validateUserRoutine,
  type RoutineIssue,
} from '@/domain/routines/user-routine';
import { summariseRoutine } from '@/domain/session/build-plan';
import { useLeaveGuard } from '@/platform/use-leave-guard';
import { formatMinutes } from '@/ui/format';
import { ExercisePicker } from './exercise-picker';
import { KneeCaution } from './knee-caution';
import { LeaveDialog } from './leave-dialog';
import { StepList } from './step-list';
import { useExercisePrefs } from './use-exercise-prefs';
import type { useRoutineDraft } from './use-routine-draft';

type Draft = ReturnType<typeof useRoutineDraft>;
type Ready = Extract<Draft['state'], { status: 'ready' }>;

const parse = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function RoutineEditor({ draft: { update, save, discard, isDirty }, state }: { draft: Draft; state: Ready }) {
  const navigate = useNavigate();
  const routine = state.draft;
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  const [caution, setCaution] = useState<string | null>(null);
  const [shownIssues, setShownIssues] = useState<RoutineIssue[] | null>(null);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useLeaveGuard(isDirty, setLeavingTo);

  // Range errors show as they are typed; "add an exercise" and "give it a name" only after a Save.
  const live = validateUserRoutine(routine, planFacts);
  const issues = shownIssues ? live : live.filter((i) => i.field !== 'steps' && i.field !== 'name');
  const summary = summariseRoutine(toRoutine(routine, planFacts), planFacts, adjustments);

  const add = (id: string) => {
    update((r) => addStep(r, id));
    if (planFacts[id]?.kneeLoad === 'caution') setCaution(id);
  };
  const onSave = async () => {
    try {
      const result = await save();
      if (Array.isArray(result)) {
        setShownIssues(result);
        return;
      }
      void navigate(`/routines/${result.id}`, { state: { saved: true } });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  };
  const nameIssue = issues.find((i) => i.field === 'name');
  const timing = (field: 'getReadySeconds' | 'switchSidesSeconds', label: string, fallback: number) => {
    const issue = issues.find((i) => i.field === field);
    return (
      <label className="dose-field">
        <span>{label}</span>
        <input
          type="number"
          inputMode="numeric"
          value={routine[field] ?? ''}
          placeholder={String(fallback)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${field}-error` : undefined}
          onChange={(e) => update((r) => ({ ...r, [field]: parse(e.target.value) }))}
        />
        {issue && (
          <span className="field-error" id={`${field}-error`}>
            {issue.message}
          </span>
        )}
      </label>
    );
  };

  return (
    <>
      {state.restoredAt !== null && (
        <p className="card draft-note" role="status">
          Your unsaved changes were kept as a draft.{' '}
          <button type="button" className="button button-small" onClick={() => void discard()}>
            Discard the draft
          </button>
        </p>
      )}
      {shownIssues && live.length > 0 && (
        <div className="card form-errors" role="alert">
          <p>This routine can’t be saved yet:</p>
          <ul>
            {live.map((i) => (
              <li key={`${i.field}-${i.stepIndex ?? ''}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
      <label className="dose-field builder-name">
        <span>Name</span>
        <input
          type="text"
          value={routine.name}
          maxLength={80}
          aria-invalid={nameIssue ? true : undefined}
          aria-describedby={nameIssue ? 'name-error' : undefined}
          onChange={(e) => update((r) => ({ ...r, name: e.target.value }))}
        />
        {nameIssue && (
          <span className="field-error" id="name-error">
            {nameIssue.message}
          </span>
        )}
      </label>
      <div className="dose-fields">
        {timing('getReadySeconds', 'Get ready between exercises (s)', DEFAULT_GET_READY_SECONDS)}
        {timing('switchSidesSeconds', 'Switch sides (s)', DEFAULT_SWITCH_SIDES_SECONDS)}
      </div>
      <p className="builder-total" aria-live="polite">
        Total time: {summary.isEmpty ? 'nothing to do yet' : `about ${formatMinutes(summary.durationMs)}`} · {summary.exerciseCount}{' '}
        exercises
      </p>
      {caution && (
        <KneeCaution
          exerciseId={caution}
          onKeep={() => setCaution(null)}
          onUseAlternative={(alt) => {
            update((r) =>
              replaceExercise(
                r,
                r.steps.findIndex((s) => s.exercise === caution),
                alt,
              ),
            );
            setCaution(null);
          }}
        />
      )}
      <h2>Exercises</h2>
      {routine.steps.length === 0 ? (
        <p className="muted">No exercises yet: add some from the list below.</p>
      ) : (
        <StepList
          steps={routine.steps}
          facts={planFacts}
          issues={issues}
          onMove={(from, to) => update((r) => moveStep(r, from, to))}
          onRemove={(i) => update((r) => removeStep(r, i))}
          onDose={(i, field, value) => update((r) => updateStep(r, i, field, value as never))}
        />
      )}
      <div className="builder-save">
        {saveError && <p role="alert">Couldn’t save: {saveError}</p>}
        <button type="button" className="button button-primary button-block" onClick={() => void onSave()}>
          Save routine
        </button>
        {isDirty && (
          <button type="button" className="button button-block" onClick={() => void discard()}>
            Discard changes
          </button>
        )}
      </div>
      <ExercisePicker inRoutine={new Set(routine.steps.map((s) => s.exercise))} onAdd={add} />
      {leavingTo && (
        <LeaveDialog
          onStay={() => setLeavingTo(null)}
          onLeave={() => void navigate(leavingTo)}
          onDiscard={() => void discard().then(() => navigate(leavingTo))}
        />
      )}
    </>
  );
}
