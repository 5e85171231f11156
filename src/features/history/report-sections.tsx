import { findPlanFacts } from '@/content/routine-catalog';
import type { WeekAdherence } from '@/domain/pain/trends';
import type { ExercisePrefRecord } from '@/storage/records';
import type { KneeProfile } from '@/storage/settings-repo';
import { formatLongDate, formatShortDate, KNEE_LABELS } from './history-format';

const LOCATION_TEXT: Partial<Record<string, string>> = {
  inner: 'inner side (medial)',
  outer: 'outer side (lateral)',
  front: 'front (around the kneecap)',
  back: 'back of the knee',
  diffuse: 'all over, no one spot',
};

// Stored data may come from an import or an older app version: describe what is there, never crash.
function kneesText(knees: readonly string[]): string {
  const known = (['left', 'right'] as const).filter((k) => knees.includes(k));
  if (known.length === 2) return 'Both knees';
  return known[0] ? KNEE_LABELS[known[0]] : 'Not given';
}

export function ProfileSection({ profile }: { profile: KneeProfile | null }) {
  return (
    <section className="report-section" aria-labelledby="profile-title">
      <h2 id="profile-title">About my knees</h2>
      {profile ? (
        <dl className="facts">
          <dt>Painful knee</dt>
          <dd>{kneesText(profile.knees)}</dd>
          <dt>Usually hurts</dt>
          <dd>{profile.location ? (LOCATION_TEXT[profile.location] ?? profile.location) : 'Not given'}</dd>
        </dl>
      ) : (
        <p>No knee profile is stored in the app.</p>
      )}
    </section>
  );
}

export interface AdherenceWeek extends WeekAdherence {
  start: number;
}

export function AdherenceSection({ weeks, target }: { weeks: readonly AdherenceWeek[]; target: number }) {
  const total = weeks.reduce((sum, w) => sum + w.finished, 0);
  return (
    <section className="report-section" aria-labelledby="adherence-report-title">
      <h2 id="adherence-report-title">Sessions per week</h2>
      <p>
        {total} sessions in {weeks.length} weeks, against a target of {target} a week. “Ended early” is every session stopped before its
        last step; one stopped before any exercise was done doesn’t count as a session.
      </p>
      <table className="data-table">
        <caption>Sessions done each week (target {target})</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Sessions done</th>
            <th scope="col">Ended early</th>
            <th scope="col">Not counted (no exercise done)</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{formatShortDate(w.start)}</th>
              <td>
                {w.finished} of {w.target}
                {w.isTargetMet ? ' (target met)' : ''}
              </td>
              <td>{w.endedEarly}</td>
              <td>{w.notCounted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const ACTION_TEXT: Record<ExercisePrefRecord['action'], string> = {
  swap: 'swapped',
  'lower-dose': 'done at a lower dose',
  skip: 'left out',
};

const nameOf = (id: string) => findPlanFacts(id)?.name ?? id;

/** The choices made after red checks, which every new session applies. */
export function ChoicesSection({ prefs }: { prefs: readonly ExercisePrefRecord[] }) {
  return (
    <section className="report-section" aria-labelledby="choices-title">
      <h2 id="choices-title">Changes in force</h2>
      {prefs.length === 0 ? (
        <p>No exercise has been swapped, lowered or left out.</p>
      ) : (
        <ul>
          {[...prefs]
            .sort((a, b) => b.decidedAt - a.decidedAt)
            .map((p) => (
              <li key={p.exerciseId}>
                <strong>{nameOf(p.exerciseId)}</strong>: {ACTION_TEXT[p.action]}
                {p.action === 'swap' && p.swapTo ? ` for ${nameOf(p.swapTo)}` : ''} (since {formatLongDate(p.decidedAt)})
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
