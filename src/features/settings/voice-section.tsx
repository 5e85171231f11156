import { useId, useState, useSyncExternalStore } from 'react';
import { SAMPLE_LINE } from '@/domain/session/cues-voice';
import { isSpeechAvailable, speakSample } from '@/platform/cues/speech';
import { deviceVoices, subscribeVoices, voiceChoices } from '@/platform/cues/voices';
import { VOICE_RATES, type CueSettings } from '@/storage/settings-repo';
import { SwitchRow } from '@/ui/switch-row';

const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
const RATE_WORDS: Partial<Record<number, string>> = { 0.8: ' (slower)', 1: ' (normal)', 1.3: ' (faster)' };

interface Props {
  cues: CueSettings;
  update: (patch: Partial<CueSettings>) => void;
}

/** The voice coach: on/off, a sample, the device's voice to use (remembered by URI) and its speed. */
export function VoiceSection({ cues, update }: Props) {
  const id = useId();
  const voices = useSyncExternalStore(subscribeVoices, deviceVoices, () => NO_VOICES);
  const [sampleNote, setSampleNote] = useState('');
  if (!isSpeechAvailable())
    return (
      <SwitchRow
        label="Voice coach"
        description="This device has no voice for spoken cues."
        checked={false}
        disabled
        onChange={() => undefined}
      />
    );

  const choices = voiceChoices(voices);
  const isChosenHere = cues.voiceURI !== null && choices.some((v) => v.voiceURI === cues.voiceURI);
  const playSample = () => {
    speakSample(SAMPLE_LINE, { voiceURI: cues.voiceURI, rate: cues.voiceRate });
    // Hearing the voice is the yes the coach waits for, unless the user already chose.
    if (!cues.isVoiceDecided) update({ isVoiceOn: true, isVoiceDecided: true });
    setSampleNote(cues.isVoiceDecided ? 'Playing a sample.' : 'Playing a sample. The voice coach is now on.');
  };
  return (
    <>
      <SwitchRow
        label="Voice coach"
        description="Says each exercise, its side and first cue, “halfway”, “3, 2, 1”, when to switch sides and what’s next. It mixes with your music where the phone allows."
        checked={cues.isVoiceOn}
        onChange={(isOn) => update({ isVoiceOn: isOn, isVoiceDecided: true })}
      >
        <p>
          <button type="button" className="button button-small" onClick={playSample}>
            Play a sample
          </button>
        </p>
      </SwitchRow>
      <p className="visually-hidden" role="status">
        {sampleNote}
      </p>
      <div className="setting-fields">
        {choices.length === 0 ? (
          <p className="muted">Voice: the device’s default. This device lists no voices to choose from.</p>
        ) : (
          <>
            <label className="setting-select">
              <span className="setting-label">Voice</span>
              <select
                className="text-input"
                value={isChosenHere ? (cues.voiceURI ?? '') : ''}
                aria-describedby={`${id}-voice-note`}
                onChange={(e) => update({ voiceURI: e.target.value === '' ? null : e.target.value })}
              >
                <option value="">The device’s default voice</option>
                {choices.map((v) => (
                  <option key={v.voiceURI} value={v.voiceURI}>
                    {v.name} ({v.lang}){v.localService ? '' : ' — needs a connection'}
                  </option>
                ))}
              </select>
            </label>
            <p id={`${id}-voice-note`} className="muted">
              {cues.voiceURI !== null && !isChosenHere
                ? 'The voice you chose isn’t on this device now, so the default voice speaks.'
                : 'Voices on the device work offline; the others need a connection.'}
            </p>
          </>
        )}
        <label className="setting-select">
          <span className="setting-label">Speed</span>
          <select className="text-input" value={cues.voiceRate} onChange={(e) => update({ voiceRate: Number(e.target.value) })}>
            {VOICE_RATES.map((r) => (
              <option key={r} value={r}>
                {r.toFixed(1)}×{RATE_WORDS[r] ?? ''}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
