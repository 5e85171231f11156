import { useCallback, type ReactNode } from 'react';
import { judgeCheck } from '@/domain/pain/rules';
import type { RedFlagId } from '@/domain/pain/red-flags';
import type { Knee, KneeLocation } from '@/domain/pain/types';
import { newId, now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { PainPrompt } from '@/ui/pain-prompt/pain-prompt';
import { usePainEntry } from '@/ui/pain-prompt/use-pain-entry';
import { RedFlagAdviceView, RedFlagChecklist } from '@/ui/red-flag-advice';

const pain = painRepo(getDb());

export function NoticeStep({ onNext }: { onNext: () => void }) {
  return (
    <section aria-labelledby="ob-title">
      <h1 id="ob-title">Welcome to Kneewise</h1>
      <p>Kneewise guides hip-mobility sessions that work the hip and spare the knee, and asks how your knee is after each stretch.</p>
      <div className="callout">
        <p>
          <strong>General guidance, not a diagnosis.</strong> Kneewise can’t examine your knee. If pain persists or you’re unsure, see a
          physiotherapist or doctor.
        </p>
      </div>
      <button type="button" className="button button-primary button-block" onClick={onNext}>
        I understand — next
      </button>
    </section>
  );
}

const KNEE_CHOICES: { label: string; value: Knee[] }[] = [
  { label: 'Left knee', value: ['left'] },
  { label: 'Right knee', value: ['right'] },
  { label: 'Both knees', value: ['left', 'right'] },
];

export function KneeStep({ value, onChange, onNext }: { value: Knee[]; onChange: (k: Knee[]) => void; onNext: () => void }) {
  return (
    <Choice title="Which knee hurts?" hint="Kneewise will ask about this knee after each stretch." onNext={onNext}>
      {KNEE_CHOICES.map((c) => (
        <ChoiceButton key={c.label} isChosen={value.join() === c.value.join()} onClick={() => onChange(c.value)}>
          {c.label}
        </ChoiceButton>
      ))}
    </Choice>
  );
}

const LOCATIONS: { label: string; value: KneeLocation | null }[] = [
  { label: 'Inner side', value: 'inner' },
  { label: 'Outer side', value: 'outer' },
  { label: 'Front (kneecap)', value: 'front' },
  { label: 'Back', value: 'back' },
  { label: 'All over', value: 'diffuse' },
  { label: 'Not sure', value: null },
];

export function LocationStep(props: { value: KneeLocation | null; onChange: (l: KneeLocation | null) => void; onNext: () => void }) {
  return (
    <Choice title="Where does it usually hurt?" hint="The inner side is the most common spot." onNext={props.onNext}>
      {LOCATIONS.map((l) => (
        <ChoiceButton key={l.label} isChosen={props.value === l.value} onClick={() => props.onChange(l.value)}>
          {l.label}
        </ChoiceButton>
      ))}
    </Choice>
  );
}

export function TodayStep({ knees, onNext }: { knees: Knee[]; onNext: () => void }) {
  const context = useCallback(() => ({ at: now(), sessionId: null, exerciseId: null, phase: 'ad-hoc' as const }), []);
  const entry = usePainEntry({ knees, context, save: pain.save, remove: pain.remove, newId });
  return (
    <PainPrompt
      title="How is your knee today?"
      knees={knees}
      entry={entry}
      onNoPain={() => void entry.noPain().then((saved) => saved && onNext())}
      judge={(_k, s) => judgeCheck(s, null)}
      titleLevel={1}
    >
      <button type="button" className="button button-primary button-block" onClick={onNext}>
        Next
      </button>
    </PainPrompt>
  );
}

interface RedFlagProps {
  flags: RedFlagId[];
  onChange: (f: RedFlagId[]) => void;
  onFinish: () => void;
}

export function RedFlagStep({ flags, onChange, onFinish }: RedFlagProps) {
  return (
    <fieldset className="choice">
      <legend>
        <h1>Is any of this true for your knee now?</h1>
      </legend>
      <RedFlagChecklist flags={flags} onChange={onChange} />
      <RedFlagAdviceView flags={flags} />
      <button type="button" className="button button-primary button-block" onClick={onFinish}>
        {flags.length > 0 ? 'I understand — finish set-up' : 'None of these — finish'}
      </button>
    </fieldset>
  );
}

function Choice({ title, hint, onNext, children }: { title: string; hint: string; onNext: () => void; children: ReactNode }) {
  return (
    <fieldset className="choice">
      <legend>
        <h1>{title}</h1>
      </legend>
      <p className="muted">{hint}</p>
      <div className="choice-list">{children}</div>
      <button type="button" className="button button-primary button-block" onClick={onNext}>
        Next
      </button>
    </fieldset>
  );
}

function ChoiceButton({ isChosen, onClick, children }: { isChosen: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="chip choice-button" aria-pressed={isChosen} onClick={onClick}>
      {children}
    </button>
  );
}
