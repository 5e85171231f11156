import { Link } from 'react-router';
import { playSound, unlockSound } from '@/platform/cues/sound';
import { isVibrationAvailable, vibrate } from '@/platform/cues/vibration';
import { useDocumentTitle } from '@/platform/use-document-title';
import { SwitchRow } from '@/ui/switch-row';
import { StepLengthsSection } from './step-lengths-section';
import { useCueSettings } from './use-cue-settings';
import { VoiceSection } from './voice-section';
import './settings.css';

const OPTIONS: { key: 'isSoundOn' | 'isVibrationOn'; label: string; hint: string; isAvailable: () => boolean; test: () => void }[] = [
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
];

export function SettingsPage() {
  useDocumentTitle('Settings');
  const { cues, update, error } = useCueSettings();
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
                <SwitchRow
                  label={o.label}
                  description={o.isAvailable() ? o.hint : 'Not available in this browser.'}
                  checked={cues[o.key]}
                  disabled={!o.isAvailable()}
                  onChange={(isOn) => update({ [o.key]: isOn })}
                >
                  <p>
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
                  </p>
                </SwitchRow>
              </li>
            ))}
            <li className="card setting">
              <VoiceSection cues={cues} update={update} />
            </li>
          </ul>
        )}
        {error && <p role="alert">{error}</p>}
      </section>
      <StepLengthsSection />
    </div>
  );
}
