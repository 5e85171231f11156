import { useState } from 'react';
import { ACTIVITY_SUGGESTIONS, MAX_ACTIVITIES } from '@/domain/outcome/psfs';
import { newId, now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { retireOutcomeActivity, saveOutcomeActivity } from '@/storage/outcome-repo';
import type { OutcomeActivityRecord } from '@/storage/records';

/** Name, suggest and stop rating activities. Stopping keeps the past ratings (and can be undone). */
export function OutcomeActivities({ active }: { active: readonly OutcomeActivityRecord[] }) {
  const [name, setName] = useState('');
  const [retired, setRetired] = useState<OutcomeActivityRecord | null>(null);
  const isFull = active.length >= MAX_ACTIVITIES;
  const add = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '' || isFull || active.some((a) => a.name.toLowerCase() === trimmed.toLowerCase())) return;
    void saveOutcomeActivity(getDb(), { id: newId(), name: trimmed, addedAt: now(), retiredAt: null }).then(() => setName(''));
  };
  const suggestions = ACTIVITY_SUGGESTIONS.filter((s) => !active.some((a) => a.name === s));
  return (
    <div className="outcome-activities">
      {active.length > 0 && (
        <ul aria-label="Your activities">
          {active.map((a) => (
            <li key={a.id}>
              {a.name}{' '}
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Stop rating ${a.name}`}
                onClick={() => void retireOutcomeActivity(getDb(), a.id, now()).then(() => setRetired(a))}
              >
                Stop rating
              </button>
            </li>
          ))}
        </ul>
      )}
      {retired && (
        <p role="status">
          Stopped rating {retired.name}; its past ratings stay.{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => void retireOutcomeActivity(getDb(), retired.id, null).then(() => setRetired(null))}
          >
            Undo
          </button>
        </p>
      )}
      {isFull ? (
        <p>You rate {MAX_ACTIVITIES} activities, the most this scale uses.</p>
      ) : (
        <form
          className="outcome-add"
          onSubmit={(e) => {
            e.preventDefault();
            add(name);
          }}
        >
          <label>
            An activity your knee makes hard
            <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={name.trim() === ''}>
            Add
          </button>
          {suggestions.length > 0 && (
            <div className="outcome-suggestions" role="group" aria-label="Suggestions">
              {suggestions.map((s) => (
                <button key={s} type="button" className="button button-quiet" onClick={() => add(s)}>
                  + {s}
                </button>
              ))}
            </div>
          )}
        </form>
      )}
    </div>
  );
}
