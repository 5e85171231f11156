import { useId, type ReactNode } from 'react';
import './switch-row.css';

interface Props {
  label: string;
  /** Read after the label (aria-describedby): what the switch does, or why it can't be used. */
  description?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** Beside the description: a "Try it" or "Play a sample" button. */
  children?: ReactNode;
}

/**
 * An on/off setting: a native checkbox with role="switch" (keyboard, forms and screen readers
 * behave as they know), drawn as a large switch in the app's colours; the whole row is the target.
 */
export function SwitchRow({ label, description, checked, disabled = false, onChange, children }: Props) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className="switch-row">
      <label className="switch-row-control" htmlFor={id}>
        <span className="switch-row-label">{label}</span>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch-row-input"
          checked={checked}
          disabled={disabled}
          aria-describedby={description === undefined ? undefined : descriptionId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span className="switch-row-track" aria-hidden="true" />
      </label>
      {description !== undefined && (
        <p id={descriptionId} className="switch-row-description">
          {description}
        </p>
      )}
      {children}
    </div>
  );
}
