import { interpretKneesCave, interpretLegTurn, interpretStance } from '@/domain/assessment/interpret';
import { STANCE_TARGET_SECONDS, type Assessment } from '@/domain/assessment/types';

/** What a result means, in plain words (never a diagnosis). */
export function wordsFor(record: Assessment): string[] {
  switch (record.kind) {
    case 'leg-turn':
      return interpretLegTurn(record.result);
    case 'single-leg-stance':
      return interpretStance(record.result, STANCE_TARGET_SECONDS);
    case 'knees-cave':
      return interpretKneesCave(record.result);
  }
}

export function ResultWords({ record }: { record: Assessment }) {
  return (
    <div className="result-words">
      {wordsFor(record).map((w) => (
        <p key={w}>{w}</p>
      ))}
      <p className="result-words-retest">
        A rough self-check, not a diagnosis. Check again in 2–4 weeks: checking more often mostly shows day-to-day noise.
      </p>
    </div>
  );
}
