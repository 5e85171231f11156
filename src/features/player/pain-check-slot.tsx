import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import { baselineFor, painCheckId } from '@/domain/pain/make-checks';
import { judgeCheck } from '@/domain/pain/rules';
import type { Knee, KneeLocation } from '@/domain/pain/types';
import type { PainCheckStep } from '@/domain/session/plan-types';
import { now } from '@/platform/clock';
import { PainPrompt } from '@/ui/pain-prompt/pain-prompt';
import { usePainEntry } from '@/ui/pain-prompt/use-pain-entry';
import { AdaptChoices } from './adapt-choices';
import { pain, settings } from './player-repos';

const TITLES: Record<PainCheckStep['phase'], string> = {
  before: 'Before you start: how is your knee?',
  'after-exercise': 'How is your knee?',
  'after-session': 'How is your knee after the session?',
};
const NO_LOCATIONS: readonly KneeLocation[] = [];

interface Props {
  sessionId: string;
  stepIndex: number;
  step: PainCheckStep;
  knees: readonly Knee[];
  /** Done with this check. `quickIds`: the one-tap "no pain" records, for the Undo toast. */
  onComplete: (quickIds?: string[]) => void;
  onRedFlags: () => void;
  /** End this session and start another routine (the gentle flare-up day after a red check). */
  onSwitchRoutine: (routineId: string) => void;
}

export function PainCheckSlot({ sessionId, stepIndex, step, knees, onComplete, onRedFlags, onSwitchRoutine }: Props) {
  const checks = useLiveQuery(() => pain.forSession(sessionId), [sessionId]) ?? [];
  const profile = useLiveQuery(() => settings.profile(), []);
  const [isBusy, setBusy] = useState(false);
  const context = useCallback(
    () => ({ at: now(), sessionId, exerciseId: step.exerciseId, phase: step.phase }),
    [sessionId, step.exerciseId, step.phase],
  );
  // One record per step and knee: going back to this check and answering again edits it (contract §4).
  const idFor = useCallback((knee: Knee) => painCheckId(sessionId, stepIndex, knee), [sessionId, stepIndex]);
  const usual = profile?.location;
  const defaultLocations = usual ? [usual] : NO_LOCATIONS;
  const entry = usePainEntry({ knees, context, save: pain.save, remove: pain.remove, newId: idFor, defaultLocations });
  const judge = (knee: Knee, score: number) => judgeCheck(score, step.phase === 'before' ? null : baselineFor(checks, sessionId, knee));
  const isRed = knees.some((k) => {
    const e = entry.entries[k];
    return e?.status === 'saved' && judge(k, e.score).light === 'red';
  });
  const facts = step.exerciseId ? planFacts[step.exerciseId] : undefined;

  const noPain = async () => {
    setBusy(true);
    const saved = await entry.noPain();
    setBusy(false);
    if (saved) onComplete(saved.map((c) => c.id));
  };

  // The chips start from the profile's usual place, so wait for it (IndexedDB answers in milliseconds).
  if (profile === undefined) return <p role="status">Loading your knee check…</p>;
  const hasChoices = isRed && step.phase === 'after-exercise' && facts !== undefined;
  return (
    <div className="player-paincheck" aria-busy={isBusy}>
      {/* In the page before it fills, so a screen reader says it: the choices appear below the verdict, out of sight. */}
      <p className="visually-hidden" role="status">
        {hasChoices ? 'Choices for a red answer are below: what now, and what to change next time.' : ''}
      </p>
      <PainPrompt
        title={TITLES[step.phase]}
        knees={knees}
        entry={entry}
        onNoPain={() => void noPain()}
        judge={judge}
        onRedFlags={onRedFlags}
        titleLevel={1}
        setting="exercise"
      >
        {hasChoices ? (
          <AdaptChoices
            key={stepIndex}
            exercise={facts}
            stepIndex={stepIndex}
            painCheckId={firstId(entry.entries)}
            onDone={() => onComplete()}
            onSwitchRoutine={onSwitchRoutine}
          />
        ) : (
          <button type="button" className="button button-primary button-huge" onClick={() => onComplete()}>
            Continue
          </button>
        )}
      </PainPrompt>
    </div>
  );
}

function firstId(entries: Partial<Record<Knee, { checkId: string }>>): string | null {
  return entries.left?.checkId ?? entries.right?.checkId ?? null;
}
