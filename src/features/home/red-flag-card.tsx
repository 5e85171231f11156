import { useState } from 'react';
import { redFlagTier } from '@/domain/pain/red-flags';
import { now } from '@/platform/clock';
import { formatRedFlagTime, RedFlagAdviceView } from '@/ui/red-flag-advice';

interface Props {
  redFlag: { at: number; flags: string[] };
  onCleared: (ids: string[]) => void;
}

type Step = { kind: 'shown' } | { kind: 'confirm' } | { kind: 'saving' } | { kind: 'error'; message: string };

/**
 * In place of the one-tap Start while a red flag is open: what was reported and when, the tiered
 * advice, and a deliberate two-step "a clinician has checked my knee" (logged with its time).
 */
export function RedFlagCard({ redFlag, onCleared }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'shown' });
  const isUrgent = redFlagTier(redFlag.flags) === 'urgent';
  const when = formatRedFlagTime(redFlag.at);
  const clear = () => {
    setStep({ kind: 'saving' });
    import('./home-red-flag-actions')
      .then((m) => m.clearRedFlags(now()))
      .then(onCleared, (e: unknown) => setStep({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
  };
  return (
    <section className="card home-red-flag" aria-labelledby="home-red-flag-title">
      <h2 id="home-red-flag-title">{isUrgent ? 'Get your knee checked urgently' : 'Have your knee checked before you exercise'}</h2>
      <p>
        You reported a red flag on <strong>{when}</strong>. Kneewise holds today’s routine until a clinician has checked your knee.
      </p>
      <RedFlagAdviceView flags={redFlag.flags} />
      {step.kind === 'shown' ? (
        <button type="button" className="button button-block" onClick={() => setStep({ kind: 'confirm' })}>
          A clinician has checked my knee
        </button>
      ) : (
        <div className="home-red-flag-confirm" role="group" aria-labelledby="home-red-flag-confirm-title">
          <p id="home-red-flag-confirm-title">
            Has a clinician (GP, physiotherapist or urgent care) checked your knee since {when} and said you can exercise?
          </p>
          {step.kind === 'error' && <p role="alert">Couldn’t save: {step.message}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setStep({ kind: 'shown' })} disabled={step.kind === 'saving'}>
              Not yet
            </button>
            <button type="button" className="button button-primary" onClick={clear} disabled={step.kind === 'saving'}>
              {step.kind === 'saving' ? 'Saving…' : 'Yes, it has been checked'}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
