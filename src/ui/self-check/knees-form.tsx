import { useState } from 'react';
import { CAVE_WORDS } from '@/domain/assessment/interpret';
import { FELT_WHERE, type FeltWhere, type KneesCave, type KneesCaveResult } from '@/domain/assessment/types';
import { ChoiceGroup } from './choice-group';

const CAVES = (Object.entries(CAVE_WORDS) as [KneesCave, string][]).map(([v, t]) => [v, t] as const);
const FELT_WORDS: Record<FeltWhere, string> = { 'front-thigh': 'Front of the thighs', knee: 'Knees', glutes: 'Buttocks (glutes)' };

/** Did the knees cave in, and where was the effort felt. */
export function KneesForm({ onSave, isSaving }: { onSave: (result: KneesCaveResult) => void; isSaving: boolean }) {
  const [cave, setCave] = useState<KneesCave | null>(null);
  const [felt, setFelt] = useState<FeltWhere[]>([]);
  return (
    <form
      className="self-check-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ cave, felt });
      }}
    >
      <ChoiceGroup
        legend="Did your knees cave in (move towards each other)?"
        name="knees-cave"
        options={CAVES}
        value={cave}
        onChange={setCave}
      />
      <fieldset className="choice-group">
        <legend>Where did you feel the effort? (any)</legend>
        {FELT_WHERE.map((where) => (
          <label key={where} className="choice">
            <input
              type="checkbox"
              checked={felt.includes(where)}
              onChange={(e) => setFelt((all) => (e.target.checked ? [...all, where] : all.filter((w) => w !== where)))}
            />
            {FELT_WORDS[where]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={isSaving || cave === null}>
        Save result
      </button>
    </form>
  );
}
