import { PICKER_ANGLES } from '@/domain/assessment/types';

/** A drawn reference angle: a leg (line) turned `degrees` from straight up. */
function AngleIcon({ degrees }: { degrees: number }) {
  const r = 20;
  const rad = (degrees * Math.PI) / 180;
  const x = 24 + r * Math.sin(rad);
  const y = 26 - r * Math.cos(rad);
  return (
    <svg viewBox="0 0 48 30" width="48" height="30" aria-hidden="true" className="angle-icon">
      <line x1="24" y1="26" x2="24" y2="4" className="angle-icon-start" />
      <line x1="24" y1="26" x2={x} y2={y} className="angle-icon-leg" />
    </svg>
  );
}

interface Props {
  /** "Left leg" — the group's name. */
  label: string;
  value: number | null;
  onChange: (degrees: number) => void;
}

/** 0–45° in 5° steps, each drawn: a radio group, so arrow keys move between angles. */
export function AnglePicker({ label, value, onChange }: Props) {
  return (
    <fieldset className="angle-picker">
      <legend>{label}</legend>
      <div className="angle-picker-options">
        {PICKER_ANGLES.map((degrees) => (
          <label key={degrees} className="angle-option">
            <input type="radio" name={label} value={degrees} checked={value === degrees} onChange={() => onChange(degrees)} />
            <AngleIcon degrees={degrees} />
            <span>{degrees}°</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
