import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Knee, KneeLocation } from '@/domain/pain/types';
import type { RedFlagId } from '@/domain/pain/red-flags';
import { newId, now } from '@/platform/clock';
import { useFocusOnChange } from '@/platform/focus';
import { writeHomeHint } from '@/platform/home-hint';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import { redFlagRepo } from '@/storage/red-flag-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { KneeStep, LocationStep, NoticeStep, RedFlagStep, TodayStep } from './onboarding-steps';
import './onboarding.css';

const settings = settingsRepo(getDb());
const redFlags = redFlagRepo(getDb());
const STEPS = ['notice', 'knee', 'location', 'today', 'red-flags'] as const;

/** First run (skippable, editable later): which knee, where, today's pain, red flags, the notice. */
export function OnboardingPage() {
  useDocumentTitle('Welcome');
  const navigate = useNavigate();
  const saved = useLiveQuery(() => settings.profile(), []);
  const [step, setStep] = useState(0);
  const [knees, setKnees] = useState<Knee[] | null>(null);
  const [location, setLocation] = useState<KneeLocation | null | undefined>(undefined);
  const [flags, setFlags] = useState<RedFlagId[]>([]);
  const [error, setError] = useState<string | null>(null);
  const chosenKnees = knees ?? saved?.knees ?? ['left', 'right'];
  const chosenLocation = location === undefined ? (saved?.location ?? null) : location;

  const finish = async (isSkipped: boolean) => {
    try {
      const at = now();
      // A ticked red flag is kept even when the rest is skipped: home must not offer Start over it.
      if (flags.length > 0) await redFlags.report({ id: newId(), at, flags, source: 'onboarding', sessionId: null, clearedAt: null });
      if (!isSkipped) await settings.setProfile({ knees: chosenKnees, location: chosenLocation, completedAt: at });
      await settings.setOnboarded(at);
      writeHomeHint(flags.length > 0 ? { isOnboarded: true, redFlag: { at, flags } } : { isOnboarded: true });
      void navigate('/');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const next = () => setStep((s) => Math.min(s + 1, STEPS.length - 1));
  const current = STEPS[step];
  // Each step replaces the button just pressed: focus its heading, not the body (the first step is the page's own).
  const page = useRef<HTMLDivElement>(null);
  useFocusOnChange(page, String(step), 'h1', true);

  return (
    <div ref={page} className="page onboarding">
      <p className="onboarding-progress">
        Step {step + 1} of {STEPS.length}
      </p>
      {current === 'notice' && <NoticeStep onNext={next} />}
      {current === 'knee' && <KneeStep value={chosenKnees} onChange={setKnees} onNext={next} />}
      {current === 'location' && <LocationStep value={chosenLocation} onChange={setLocation} onNext={next} />}
      {current === 'today' && <TodayStep knees={chosenKnees} onNext={next} />}
      {current === 'red-flags' && <RedFlagStep flags={flags} onChange={setFlags} onFinish={() => void finish(false)} />}
      <div className="onboarding-nav">
        {step > 0 && (
          <button type="button" className="button" onClick={() => setStep((s) => s - 1)}>
            Back
          </button>
        )}
        <button type="button" className="button" onClick={() => void finish(true)}>
          Skip for now
        </button>
      </div>
      {error && <p role="alert">Couldn’t save: {error}</p>}
    </div>
  );
}
