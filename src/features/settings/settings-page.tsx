import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { playSound, unlockSound } from '@/platform/cues/sound';
import { isSpeechAvailable, speakSample } from '@/platform/cues/speech';
import { isVibrationAvailable, vibrate } from '@/platform/cues/vibration';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import { settingsRepo, type CueSettings } from '@/storage/settings-repo';
import { StepLengthsSection } from './step-lengths-section';
import './settings.css';

const repo = settingsRepo(getDb());

const OPTIONS: {
  key: 'isSoundOn' | 'isVibrationOn' | 'isVoiceOn';
  label: string;
  hint: string;
  isAvailable: () => boolean;
  test: () => void;
}[] = [
  {
    key: 'isSoundOn',
    label: 'Sounds',
    hint: 'A 3-2-1 tick before a timed step ends, a chime for the next step and for switching sides.',
    isAvailable: () => true,
    test: () => playSound('switchSides'),
  },
  {
    key: 'isVibrationOn',
    label: 'Vibration',
    hint: 'A buzz for the next step; a longer one for switching sides.',
    isAvailable: isVibrationAvailable,
    test: () => vibrate('switchSides'),
  },
  {
    key: 'isVoiceOn',
    label: 'Spoken cues',
    hint: 'Says the exercise and the side when a step starts.',
    isAvailable: isSpeechAvailable,
    test: () => speakSample('Tennis ball on the glutes, left side', { voiceURI: null, rate: 1 }),
  },
];

export function SettingsPage() {
  useDocumentTitle('Settings');
  const stored = useLiveQuery(() => repo.cues(), []);
  // A switch shows its new position at once; IndexedDB catches up (or the error says it didn't).
  const [pending, setPending] = useState<Partial<CueSettings>>({});
  const [error, setError] = useState<string | null>(null);
  const cues = stored && { ...stored, ...pending };
  const toggle = (key: 'isSoundOn' | 'isVibrationOn' | 'isVoiceOn', isOn: boolean) => {
    setPending((p) => ({ ...p, [key]: isOn }));
    setError(null);
    repo.setCues({ [key]: isOn }).catch(() => {
      setPending((p) => ({ ...p, [key]: !isOn }));
      setError('Couldn’t save that setting. Try again.');
    });
  };
  return (
    <div className="page">
      <h1>Settings</h1>
      <section aria-labelledby="knee-title">
        <h2 id="knee-title">Your knee</h2>
        <p>
          <Link to="/welcome" className="button">
            Edit which knee and where it hurts
          </Link>
        </p>
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>Everything stays on this phone. Back it up, export it for your physio, restore it, or delete it.</p>
        <p>
          <Link to="/data" className="button">
            Backup, export and restore
          </Link>
        </p>
      </section>
      <section aria-labelledby="cues-title">
        <h2 id="cues-title">Session cues</h2>
        {!cues ? (
          <p role="status">Loading…</p>
        ) : (
          <ul className="settings-list">
            {OPTIONS.map((o) => (
              <li key={o.key} className="card setting">
                <label className="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    className="switch-input"
                    checked={cues[o.key]}
                    disabled={!o.isAvailable()}
                    onChange={(e) => toggle(o.key, e.target.checked)}
                  />
                  <span className="setting-label">{o.label}</span>
                  <span className="switch-track" aria-hidden="true" />
                </label>
                <p className="muted">{o.isAvailable() ? o.hint : 'Not available in this browser.'}</p>
                <button
                  type="button"
                  className="button button-small"
                  disabled={!cues[o.key] || !o.isAvailable()}
                  onClick={() => {
                    unlockSound();
                    o.test();
                  }}
                >
                  Try it<span className="visually-hidden"> — {o.label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {error && <p role="alert">{error}</p>}
      </section>
      <StepLengthsSection />
    </div>
  );
}
