import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import type { PlanFacts, Routine } from '@/content/catalog-types';
import { kneeImpact } from '@/domain/pain/trends';
import { dropExerciseAfter, insertExerciseAfter } from '@/domain/session/build-plan';
import { chooseGentler, passedOverWords } from '@/domain/session/gentler-option';
import type { Plan } from '@/domain/session/plan-types';
import { now } from '@/platform/clock';
import { toAdjustments } from '@/storage/prefs-repo';
import { resolveRoutine } from '@/storage/routine-resolver';
import { NowChoices, type NowChoice } from './now-choices';
import { NextTimeChoices } from './next-time-choices';
import { usePlayerStore } from './player-store';
import { pain, prefs, sessions } from './player-repos';

const TRANSITION_MS = 10_000;
export const FLARE_UP_ROUTINE_ID = 'gentle-flare-up-day';

interface Props {
  exercise: PlanFacts;
  stepIndex: number;
  painCheckId: string | null;
  /** Move on from the check. */
  onDone: () => void;
  /** End this session and start another routine. */
  onSwitchRoutine: (routineId: string) => void;
}

/** Every exercise the session or its routine has: offering one of them as a swap would repeat it. */
function exercisesIn(plan: Plan, routine: Routine | undefined): Set<string> {
  const ids = new Set(plan.steps.flatMap((s) => (s.exerciseId === null ? [] : [s.exerciseId])));
  routine?.steps.forEach((s) => ids.add(s.exercise));
  return ids;
}

/** After a red check: first what to do now, then what to change next time (remembered). */
export function AdaptChoices({ exercise, stepIndex, painCheckId, onDone, onSwitchRoutine }: Props) {
  const session = usePlayerStore((s) => s.session);
  const replacePlan = usePlayerStore((s) => s.replacePlan);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const known = useLiveQuery(async () => {
    const [records, checks, resolved] = await Promise.all([
      prefs.all(),
      pain.between(0, Number.MAX_SAFE_INTEGER),
      session ? resolveRoutine(session.plan.routineId) : undefined,
    ]);
    return { records, impact: kneeImpact(checks, []), routine: resolved?.routine };
  }, [session?.plan.routineId]);
  const region = useRef<HTMLDivElement>(null);
  const isLoaded = known !== undefined;
  useEffect(() => {
    // Every choice in reach without scrolling: bring the whole block into view once it shows.
    const el = region.current;
    // jsdom has no scrollIntoView; browsers all do.
    if (isLoaded && el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
  }, [isLoaded]);
  if (!known || !session) return <p role="status">Finding gentler options…</p>;

  const adjustments = toAdjustments(known.records);
  const option = chooseGentler(exercise.id, {
    facts: planFacts,
    inRoutine: exercisesIn(session.plan, known.routine),
    adjustments,
    impact: known.impact,
  });

  const replace = async (plan: Plan) => {
    await sessions.replacePlan(session.id, plan);
    replacePlan(plan);
  };
  const chooseNow = async (choice: NowChoice) => {
    if (choice === 'flare-up') {
      onSwitchRoutine(FLARE_UP_ROUTINE_ID);
      return;
    }
    setBusy(true);
    try {
      if (choice === 'stop') await replace(dropExerciseAfter(session.plan, stepIndex, exercise.id));
      if (choice === 'easier' && option.exercise && option.dosage) {
        await replace(insertExerciseAfter(session.plan, stepIndex, option.exercise, TRANSITION_MS, option.dosage));
      }
      onDone();
    } catch (e) {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="adapt" ref={region}>
      <NowChoices
        exerciseName={exercise.name}
        easier={option.exercise}
        canSwitchToFlareUp={session.plan.routineId !== FLARE_UP_ROUTINE_ID}
        isBusy={isBusy}
        onChoose={(c) => void chooseNow(c)}
      />
      <NextTimeChoices
        exercise={exercise}
        gentler={option.exercise}
        current={known.records.find((r) => r.exerciseId === exercise.id) ?? null}
        onSave={(action) =>
          action === null
            ? prefs.clear(exercise.id)
            : prefs.set({
                exerciseId: exercise.id,
                action,
                swapTo: action === 'swap' ? (option.exercise?.id ?? null) : null,
                decidedAt: now(),
                painCheckId,
              })
        }
      />
      {option.passedOver.length > 0 && <p className="muted small adapt-why">{option.passedOver.map(passedOverWords).join(' ')}</p>}
      {error && (
        <p role="alert" className="save-error">
          Couldn’t change the session: {error}
        </p>
      )}
    </div>
  );
}
