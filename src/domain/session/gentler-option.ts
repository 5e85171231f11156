/**
 * Which easier exercise to offer after a red knee check — one pure decision, so the player and every
 * screen agree. Never one already in the routine (a swap must not duplicate it), never one the user
 * left out or switched away from, never one the knee-impact table shows made this knee worse.
 */
import type { Dosage, PlanFacts } from '@/content/catalog-types';
import { LEAST_NOTICED_CHANGE, type ExerciseImpact } from '@/domain/pain/trends';
import { lowerDose, type Adjustment } from './adjust';

export type PassOverReason = 'in-routine' | 'left-out' | 'switched-away' | 'worse-for-knee';

export interface PassedOver {
  id: string;
  name: string;
  why: PassOverReason;
  /** For 'worse-for-knee': the mean change after it, in NRS points. */
  meanChange?: number;
}

export interface GentlerOption {
  /** The easier exercise to offer now and for next time; null when none fits. */
  exercise: PlanFacts | null;
  relation: 'alternative' | 'regression' | null;
  /** Its dosage after the user's own choice for it (a lowered dose stays lowered). */
  dosage: Dosage | null;
  /** Candidates not offered, and why — the screen says so. */
  passedOver: PassedOver[];
}

export interface GentlerContext {
  facts: Readonly<Record<string, PlanFacts>>;
  /** Exercises in the routine or session (as named and as done): offering one would duplicate it. */
  inRoutine: Iterable<string>;
  adjustments: Readonly<Record<string, Adjustment>>;
  /** kneeImpact(): how the knee responded after each exercise, against the session's start. */
  impact: readonly ExerciseImpact[];
}

/** Up to this many steps along alternative/regression links (knees-out squat → box squat → bridge). */
const MAX_DEPTH = 3;

function candidates(exerciseId: string, facts: GentlerContext['facts']): { facts: PlanFacts; relation: 'alternative' | 'regression' }[] {
  const found: { facts: PlanFacts; relation: 'alternative' | 'regression' }[] = [];
  const seen = new Set([exerciseId]);
  let frontier = [exerciseId];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const f = facts[id];
      for (const [link, relation] of [
        [f?.alternative, 'alternative'],
        [f?.regression, 'regression'],
      ] as const) {
        const target = link === undefined ? undefined : facts[link];
        if (!target || seen.has(target.id)) continue;
        seen.add(target.id);
        // Anything found past the first link is an easier version of an easier version: a regression.
        found.push({ facts: target, relation: depth === 0 ? relation : 'regression' });
        next.push(target.id);
      }
    }
    frontier = next;
  }
  return found;
}

function reasonAgainst(id: string, ctx: GentlerContext, inRoutine: ReadonlySet<string>): Omit<PassedOver, 'id' | 'name'> | null {
  if (inRoutine.has(id)) return { why: 'in-routine' };
  const own = ctx.adjustments[id];
  if (own?.action === 'skip') return { why: 'left-out' };
  if (own?.action === 'swap') return { why: 'switched-away' };
  const row = ctx.impact.find((r) => r.exerciseId === id);
  if (row?.meanChange != null && row.meanChange >= LEAST_NOTICED_CHANGE) return { why: 'worse-for-knee', meanChange: row.meanChange };
  return null;
}

/** The easier exercise to offer for `exerciseId`, or none, with the reasons candidates were passed over. */
export function chooseGentler(exerciseId: string, ctx: GentlerContext): GentlerOption {
  const inRoutine = new Set(ctx.inRoutine);
  const passedOver: PassedOver[] = [];
  for (const c of candidates(exerciseId, ctx.facts)) {
    const against = reasonAgainst(c.facts.id, ctx, inRoutine);
    if (against) {
      passedOver.push({ id: c.facts.id, name: c.facts.name, ...against });
      continue;
    }
    const dosage = ctx.adjustments[c.facts.id]?.action === 'lower-dose' ? lowerDose(c.facts.dosage) : c.facts.dosage;
    return { exercise: c.facts, relation: c.relation, dosage, passedOver };
  }
  return { exercise: null, relation: null, dosage: null, passedOver };
}

/** Why a candidate isn't offered, in plain words. */
export function passedOverWords(p: PassedOver): string {
  switch (p.why) {
    case 'in-routine':
      return `${p.name} is already in this routine, so switching to it would only repeat it.`;
    case 'left-out':
      return `You left ${p.name} out of your routines.`;
    case 'switched-away':
      return `You switched away from ${p.name} before.`;
    case 'worse-for-knee':
      return `${p.name} has made your knee worse before (${(p.meanChange ?? 0) > 0 ? '+' : ''}${(p.meanChange ?? 0).toFixed(1)} on average).`;
  }
}
