import { useState } from 'react';
import type { LegTurnResult, Side, SideAngle } from '@/domain/assessment/types';
import { AnglePicker } from './angle-picker';
import { PhoneMeasure } from './phone-measure';

interface Props {
  direction: LegTurnResult['direction'];
  onSave: (result: LegTurnResult) => void;
  isSaving: boolean;
}

/** Each leg's turn, picked against drawn angles or estimated with the phone. */
export function LegTurnForm({ direction, onSave, isSaving }: Props) {
  const [sides, setSides] = useState<Record<Side, SideAngle | null>>({ left: null, right: null });
  const set = (side: Side, angle: SideAngle) => setSides((s) => ({ ...s, [side]: angle }));
  const turn = direction === 'in' ? 'turns in' : 'turns out';
  return (
    <form
      className="self-check-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ direction, ...sides });
      }}
    >
      <p className="self-check-hint">How far does each leg {turn} from pointing straight up? Pick the drawing closest to it.</p>
      {(['left', 'right'] as const).map((side) => (
        <div key={side} className="self-check-side">
          <AnglePicker
            label={side === 'left' ? 'Left leg' : 'Right leg'}
            value={sides[side]?.method === 'picker' ? sides[side].degrees : null}
            onChange={(degrees) => set(side, { degrees, method: 'picker' })}
          />
          <PhoneMeasure side={side} onMeasured={(degrees) => set(side, { degrees, method: 'phone' })} />
          {sides[side]?.method === 'phone' && (
            <p className="self-check-estimate" role="status">
              Phone estimate: about {sides[side].degrees}°
            </p>
          )}
        </div>
      ))}
      <button type="submit" className="button button-primary" disabled={isSaving || (sides.left === null && sides.right === null)}>
        Save result
      </button>
    </form>
  );
}
