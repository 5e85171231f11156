import { useState } from 'react';
import { formatScore, psfsScore } from '@/domain/outcome/psfs';
import { now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { ratingIdFor, saveOutcomeRating } from '@/storage/outcome-repo';
import type { OutcomeActivityRecord, OutcomeRatingRecord } from '@/storage/records';

interface Props {
  activities: readonly OutcomeActivityRecord[];
  weekOf: string;
  existing: OutcomeRatingRecord | null;
}

/** This week's rating of each activity, 0–10; rating again this week edits it. */
export function OutcomeRateForm({ activities, weekOf, existing }: Props) {
  const initial = Object.fromEntries(existing?.ratings.map((r) => [r.activityId, r.score]) ?? []) as Record<string, number>;
  const [scores, setScores] = useState<Record<string, number>>(initial);
  const [saved, setSaved] = useState(false);
  const ratings = activities.flatMap((a) => (scores[a.id] === undefined ? [] : [{ activityId: a.id, score: scores[a.id] ?? 0 }]));
  const score = psfsScore(ratings);
  return (
    <form
      className="outcome-rate"
      onSubmit={(e) => {
        e.preventDefault();
        void saveOutcomeRating(getDb(), { id: ratingIdFor(weekOf), at: now(), weekOf, ratings }).then(() => setSaved(true));
      }}
    >
      <h3>This week (from {weekOf})</h3>
      {activities.map((a) => (
        <label key={a.id} className="outcome-rate-row">
          {a.name}
          <select
            value={scores[a.id] ?? ''}
            onChange={(e) => {
              setSaved(false);
              setScores((s) => ({ ...s, [a.id]: Number(e.target.value) }));
            }}
          >
            <option value="" disabled>
              Rate 0–10
            </option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={n}>
                {n}
                {n === 0 ? ' – can’t do it' : n === 10 ? ' – as before' : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="button button-primary" disabled={ratings.length === 0}>
        {existing ? 'Update this week’s rating' : 'Save this week’s rating'}
      </button>
      {saved && score !== null && <p role="status">Saved. This week’s score: {formatScore(score)}</p>}
    </form>
  );
}
