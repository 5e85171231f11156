/**
 * The traffic light's reasons in plain words, so every amber and red verdict says why (DESIGN §6).
 * Pure: the verdict carries the score and baseline it was judged on.
 */
import type { PainReason, PainVerdict } from './types';

/** Where the check was taken: the same 6/10 means something different during exercise and next morning. */
export type VerdictSetting = 'exercise' | 'next-morning' | 'any';

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const points = (n: number) => `${round(n)} ${n === 1 ? 'point' : 'points'}`;

function sentence(reason: PainReason, verdict: PainVerdict, setting: VerdictSetting): string | null {
  const score = verdict.score ?? 0;
  const baseline = verdict.baseline ?? null;
  switch (reason) {
    case 'mild':
      return null;
    case 'moderate':
      return setting === 'next-morning'
        ? `${score} out of 10 is moderate — it should ease through the day`
        : `${score} out of 10 is moderate — allowed during exercise, if it settles by tomorrow morning`;
    case 'above-five':
      return setting === 'exercise'
        ? `${score} out of 10 is more than your knee should take during exercise`
        : `${score} out of 10 is above 5, more than your knee should have to take`;
    case 'rise-over-baseline': {
      const rise = baseline === null ? null : `up ${points(score - baseline)} from ${round(baseline)} at the start`;
      if (verdict.light === 'red') return `${rise ?? 'a rise'} into the moderate band — a rise your knee shouldn’t have to take`;
      return `${rise ?? 'a rise'} — your knee noticed this one`;
    }
    case 'worse-next-morning':
      return baseline === null
        ? 'worse this morning than before yesterday’s session'
        : `${score} this morning, worse than the ${round(baseline)} before yesterday’s session — pain should be back to usual by now`;
    case 'rising-weekly-trend':
      return baseline === null
        ? 'your knee has been worse this week than last'
        : `your knee averaged ${round(score)} this week, up from ${round(baseline)} last week — pain shouldn’t rise week to week`;
  }
}

/** Why a verdict is amber or red, one plain sentence per reason; nothing for green. */
export function explainVerdict(verdict: PainVerdict, setting: VerdictSetting = 'any'): string[] {
  if (verdict.light === 'green') return [];
  return verdict.reasons.flatMap((r) => sentence(r, verdict, setting) ?? []);
}

/** What to do about it, in one line. */
export function verdictAdvice(verdict: PainVerdict, setting: VerdictSetting = 'any'): string {
  if (verdict.light === 'green') return 'Fine to carry on.';
  if (verdict.light === 'amber') {
    return setting === 'exercise'
      ? 'Carry on, and watch the next check and tomorrow morning.'
      : 'Take it easier today and see how it settles.';
  }
  return setting === 'exercise' ? 'Choose what to do now below.' : 'Take a gentle day, and see a clinician if it keeps happening.';
}
