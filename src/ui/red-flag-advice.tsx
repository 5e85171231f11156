import type { ReactNode } from 'react';
import { RED_FLAGS, redFlagAdvice, redFlagText, type RedFlagId } from '@/domain/pain/red-flags';

// Built once: "Tuesday 1 December, 09:40".
const whenFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
});
export const formatRedFlagTime = (at: number): string => whenFormat.format(at);

/**
 * The tiered advice for a red-flag answer — urgent care, or see a clinician soon — with what was
 * reported. The player's finish screen, the check page, onboarding and home all show this one.
 */
export function RedFlagAdviceView({ flags, children }: { flags: readonly string[]; children?: ReactNode }) {
  const advice = redFlagAdvice(flags);
  if (!advice) return null;
  return (
    <div className={`callout callout-caution red-flag-advice red-flag-${advice.tier}`} role="alert">
      <p>
        <strong>{advice.headline}</strong> {advice.text}
      </p>
      <p className="red-flag-reported">You reported:</p>
      <ul>
        {flags.map((f) => (
          <li key={f}>{redFlagText(f)}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/** Tick boxes for the red flags, in a fixed order. */
export function RedFlagChecklist({ flags, onChange }: { flags: readonly RedFlagId[]; onChange: (flags: RedFlagId[]) => void }) {
  const toggle = (id: RedFlagId) => onChange(flags.includes(id) ? flags.filter((f) => f !== id) : [...flags, id]);
  return (
    <ul className="redflag-list">
      {RED_FLAGS.map((f) => (
        <li key={f.id}>
          <label className="switch">
            <input type="checkbox" checked={flags.includes(f.id)} onChange={() => toggle(f.id)} />
            <span>{f.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
