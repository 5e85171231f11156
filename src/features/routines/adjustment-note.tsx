import { useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import type { SafetyChange } from '@/domain/session/apply-choices';
import { clearPref } from './use-exercise-prefs';

const nameOf = (id: string) => planFacts[id]?.name ?? id;

function describe(change: SafetyChange): string {
  switch (change.action) {
    case 'swap':
      return `Swapped for your knee: ${nameOf(change.prefFor)} → ${nameOf(change.to)}`;
    case 'swap-merged':
      return `Swapped for your knee: ${nameOf(change.prefFor)} → ${nameOf(change.to)}, which this routine already has — done once, not twice`;
    case 'lower-dose':
      return `Lower dose for your knee: ${nameOf(change.prefFor)}`;
    case 'skip':
      return `Left out for your knee: ${nameOf(change.prefFor)}`;
  }
}

/** Says what the user changed for their knee, and lets them take it back. */
export function AdjustmentNote({ change }: { change: SafetyChange }) {
  const [error, setError] = useState<string | null>(null);
  const undo = () => {
    clearPref(change.prefFor).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <p className="adjustment-note">
      <span>{describe(change)}</span>{' '}
      <button type="button" className="button button-small" onClick={undo}>
        Undo<span className="visually-hidden"> the change to {nameOf(change.prefFor)}</span>
      </button>
      {error && <span role="alert"> Couldn’t undo: {error}</span>}
    </p>
  );
}
