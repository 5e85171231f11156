/**
 * Adds the self-checks' extra work (focus-work.ts) to a built plan: one block per extra, for the
 * named sides only, before the after-session knee check. Steps before it keep their indices, so a
 * session's event log stays valid; the extra gets its own knee check like any exercise.
 */
import type { PlanFacts } from '@/content/catalog-types';
import type { LadderFile } from '@/content/programme-schema';
import { PAIN_CHECK_ESTIMATE_MS, SWITCH_SIDES_MS } from '@/domain/session/build-plan';
import type { Plan, PlanStep, RepsStep } from '@/domain/session/plan-types';
import { ladderExercises, type FocusWork } from './focus-work';

const PREPARE_MS = 15_000;

/** The work steps of one extra (no prepare or check yet), or null when the plan has nothing to base it on. */
function workSteps(work: FocusWork, plan: Plan, facts: Readonly<Record<string, PlanFacts>>, ladders: readonly LadderFile[]) {
  const target = work.target;
  if ('exerciseId' in target) {
    const exercise = facts[target.exerciseId];
    if (!exercise) return null;
    const dosage = exercise.dosage;
    const base = { exerciseId: exercise.id, exerciseName: exercise.name, kind: exercise.kind };
    const steps = work.sides.map((side): PlanStep => ({
      ...base,
      type: 'work',
      mode: 'timed',
      side,
      set: 1,
      sets: 1,
      durationMs: target.seconds * 1000,
      ...(dosage.mode === 'timed' && dosage.spotSeconds ? { spotSeconds: dosage.spotSeconds } : {}),
    }));
    return { base, steps };
  }
  const ladder = ladders.find((l) => l.id === target.ladderId);
  const ids = ladder ? ladderExercises(ladder) : new Set<string>();
  // The ladder's current level is whichever of its exercises the plan holds (levels and swaps applied).
  const template = plan.steps.find((s): s is RepsStep => s.type === 'reps' && ids.has(s.exerciseId));
  if (!template) return null;
  const base = { exerciseId: template.exerciseId, exerciseName: template.exerciseName, kind: template.kind };
  return { base, steps: work.sides.map((side): PlanStep => ({ ...template, side, set: 1, sets: target.sets })) };
}

function blockOf(work: FocusWork, plan: Plan, facts: Readonly<Record<string, PlanFacts>>, ladders: readonly LadderFile[]): PlanStep[] {
  const found = workSteps(work, plan, facts, ladders);
  if (!found) return [];
  const { base, steps } = found;
  return [
    { ...base, type: 'prepare', durationMs: PREPARE_MS },
    ...steps.flatMap((step, i): PlanStep[] =>
      i === 0 ? [step] : [{ ...base, type: 'switch', to: work.sides[i] ?? 'both', durationMs: SWITCH_SIDES_MS }, step],
    ),
    { ...base, type: 'painCheck', phase: 'after-exercise', estimateMs: PAIN_CHECK_ESTIMATE_MS },
  ];
}

/** The plan with `work` added (only the items for this plan's routine). */
export function withFocusWork(
  plan: Plan,
  work: readonly FocusWork[],
  facts: Readonly<Record<string, PlanFacts>>,
  ladders: readonly LadderFile[],
): Plan {
  const blocks = work.filter((w) => w.routineId === plan.routineId).flatMap((w) => blockOf(w, plan, facts, ladders));
  if (blocks.length === 0 || plan.steps.length === 0) return plan;
  const last = plan.steps.at(-1);
  const end = last?.type === 'painCheck' && last.phase === 'after-session' ? plan.steps.length - 1 : plan.steps.length;
  return { ...plan, steps: [...plan.steps.slice(0, end), ...blocks, ...plan.steps.slice(end)] };
}
