import { useState } from 'react';
import { HIP_DROP_WORDS } from '@/domain/assessment/interpret';
import { STANCE_TARGET_SECONDS, type HipDrop, type Side, type StanceResult } from '@/domain/assessment/types';
import { ChoiceGroup } from './choice-group';
import { CountUp } from './count-up';

interface Props {
  onSave: (result: StanceResult) => void;
  isSaving: boolean;
}

const DROPS = (Object.entries(HIP_DROP_WORDS) as [HipDrop, string][]).map(([v, t]) => [v, t] as const);

/** Per standing leg: seconds held (a count-up to 30 s, or typed) and whether the other hip dropped. */
export function StanceForm({ onSave, isSaving }: Props) {
  const [seconds, setSeconds] = useState<Record<Side, number | null>>({ left: null, right: null });
  const [drops, setDrops] = useState<Record<Side, HipDrop | null>>({ left: null, right: null });
  const sideResult = (side: Side) => {
    const s = seconds[side];
    return s === null && drops[side] === null ? null : { seconds: s ?? STANCE_TARGET_SECONDS, hipDrop: drops[side] };
  };
  return (
    <form
      className="self-check-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ left: sideResult('left'), right: sideResult('right') });
      }}
    >
      {(['left', 'right'] as const).map((side) => {
        const leg = side === 'left' ? 'left' : 'right';
        return (
          <fieldset key={side} className="self-check-side">
            <legend>Standing on your {leg} leg</legend>
            <CountUp
              label={`Seconds held on the ${leg} leg`}
              targetSeconds={STANCE_TARGET_SECONDS}
              value={seconds[side]}
              onChange={(s) => setSeconds((all) => ({ ...all, [side]: s }))}
            />
            <ChoiceGroup
              legend={`Did your ${side === 'left' ? 'right' : 'left'} hip drop?`}
              name={`hip-drop-${side}`}
              options={DROPS}
              value={drops[side]}
              onChange={(d) => setDrops((all) => ({ ...all, [side]: d }))}
            />
          </fieldset>
        );
      })}
      <button
        type="submit"
        className="button button-primary"
        disabled={isSaving || (sideResult('left') === null && sideResult('right') === null)}
      >
        Save result
      </button>
    </form>
  );
}
