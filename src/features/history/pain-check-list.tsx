import { nrsWord } from '@/domain/pain/rules';
import { verdictFor } from '@/domain/pain/trends';
import type { KneeLocation, PainCheck } from '@/domain/pain/types';
import type { Plan } from '@/domain/session/plan-types';
import { startOfDay } from './calendar';
import { formatShortDate, formatTime, KNEE_LABELS, PHASE_LABELS } from './history-format';
import { PainLightTag } from './pain-light';

const LOCATION_LABELS: Record<KneeLocation, string> = {
  inner: 'inner side',
  outer: 'outer side',
  front: 'front (kneecap)',
  back: 'back',
  diffuse: 'all over',
};

/** A session's pain checks in time order: score, its word, the traffic light in words, where, and the note. */
interface Props {
  checks: readonly PainCheck[];
  plan: Pick<Plan, 'steps'>;
  /** Local midnight of the session's day: a check on another day (next morning) shows its date. */
  sessionDay: number;
}

export function PainCheckList({ checks, plan, sessionDay }: Props) {
  const names = new Map(plan.steps.flatMap((s) => (s.type === 'painCheck' ? [] : [[s.exerciseId, s.exerciseName] as const])));
  const sorted = [...checks].sort((a, b) => a.at - b.at);
  return (
    <ol className="card-list pain-checks">
      {sorted.map((c) => {
        const verdict = verdictFor(c, sorted);
        const exercise = c.exerciseId === null ? null : (names.get(c.exerciseId) ?? c.exerciseId);
        return (
          <li key={c.id} className="card pain-check">
            <p className="pain-check-when muted small">
              {startOfDay(c.at) === sessionDay ? '' : `${formatShortDate(c.at)}, `}
              {formatTime(c.at)} · {c.phase === 'after-exercise' && exercise ? `After ${exercise}` : PHASE_LABELS[c.phase]}
            </p>
            <p className="pain-check-score">
              <strong>
                {KNEE_LABELS[c.knee]}: {c.score}/10
              </strong>{' '}
              ({nrsWord(c.score)})
            </p>
            <p>
              <PainLightTag light={verdict.light} reasons={verdict.reasons} />
            </p>
            {c.locations.length > 0 && <p className="small">Where: {c.locations.map((l) => LOCATION_LABELS[l]).join(', ')}</p>}
            {c.note && <p className="small pain-check-note">Note: “{c.note}”</p>}
          </li>
        );
      })}
    </ol>
  );
}
