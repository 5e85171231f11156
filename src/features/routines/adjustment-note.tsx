import { useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import type { Adjustment } from '@/domain/session/adjust';
import { clearPref } from './use-exercise-prefs';

/** Says what the user changed for their knee, and lets them take it back. */
export function AdjustmentNote({ originalId, adjustment }: { originalId: string; adjustment: Adjustment }) {
  const [error, setError] = useState<string | null>(null);
  const original = planFacts[originalId]?.name ?? originalId;
  const text =
    adjustment.action === 'swap'
      ? `Swapped for your knee: ${original} → ${planFacts[adjustment.to]?.name ?? adjustment.to}`
      : adjustment.action === 'lower-dose'
        ? `Lower dose for your knee: ${original}`
        : `Left out for your knee: ${original}`;
  const undo = () => {
    clearPref(originalId).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <p className="adjustment-note">
      <span>{text}</span>{' '}
      <button type="button" className="button button-small" onClick={undo}>
        Undo<span className="visually-hidden"> the change to {original}</span>
      </button>
      {error && <span role="alert"> Couldn’t undo: {error}</span>}
    </p>
  );
}
