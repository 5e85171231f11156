import type { ReactNode } from 'react';
import { nrsWord } from '@/domain/pain/rules';
import type { Knee, KneeLocation, PainVerdict } from '@/domain/pain/types';
import { explainVerdict, verdictAdvice, type VerdictSetting } from '@/domain/pain/verdict-words';
import type { PainEntry } from './use-pain-entry';
import './pain-prompt.css';

const LOCATIONS: { id: KneeLocation; label: string }[] = [
  { id: 'inner', label: 'Inner' },
  { id: 'outer', label: 'Outer' },
  { id: 'front', label: 'Front' },
  { id: 'back', label: 'Back' },
  { id: 'diffuse', label: 'All over' },
];
const SCORES = Array.from({ length: 11 }, (_, i) => i);
const LIGHT_TEXT = {
  green: 'Green — fine to carry on',
  amber: 'Amber — OK if it settles by tomorrow morning',
  red: 'Red — this is too much for your knee',
};

interface Props {
  title: string;
  knees: readonly Knee[];
  entry: PainEntry;
  onNoPain: () => void;
  judge: (knee: Knee, score: number) => PainVerdict;
  /** Shown under the scores once every knee is saved (Continue, or the red-check choices). */
  children?: ReactNode;
  onRedFlags?: () => void;
  /** h1 when the prompt is the whole screen (player, check page), h2 inside a page. */
  titleLevel?: 1 | 2;
  /** Where the check is taken, for the words that explain a verdict. */
  setting?: VerdictSetting;
}

/** "How is your knee?": one tap for no pain, or a 0–10 score per knee with optional location and note. */
export function PainPrompt({ title, knees, entry, onNoPain, judge, children, onRedFlags, titleLevel = 2, setting = 'any' }: Props) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="pain-prompt" aria-labelledby="pain-title">
      <Title id="pain-title" className="pain-title">
        {title}
      </Title>
      {Object.keys(entry.entries).length === 0 && (
        <button type="button" className="button button-primary button-huge" onClick={onNoPain}>
          No knee pain
        </button>
      )}
      {entry.noPainError && (
        <p className="save-status save-error" role="alert">
          Couldn’t save — nothing was stored. Tap again, or choose a score.
        </p>
      )}
      {knees.map((knee) => {
        const e = entry.entries[knee];
        const verdict = e?.status === 'saved' ? judge(knee, e.score) : null;
        return (
          <fieldset key={knee} className="knee-score">
            <legend>
              {knees.length > 1 ? `Your ${knee} knee` : 'Your knee'}
              {e?.status === 'saved' ? `: ${e.score}, ${nrsWord(e.score)}` : ''}
            </legend>
            <div className="score-grid">
              {SCORES.map((score) => (
                <button
                  key={score}
                  type="button"
                  className={`score score-${nrsWord(score)}`}
                  aria-pressed={e?.score === score}
                  aria-label={`${knee} knee ${score}, ${nrsWord(score)}`}
                  onClick={() => void entry.setScore(knee, score)}
                >
                  {score}
                </button>
              ))}
            </div>
            <p className="score-words" aria-hidden="true">
              0 none · 1–3 mild · 4–6 moderate · 7–10 severe
            </p>
            {e && <SaveStatus status={e.status} />}
            {/* Announced when it appears: the light, why, and what to do. */}
            <div className="verdict-region" role="status" aria-live="polite">
              {verdict && <Verdict verdict={verdict} setting={setting} />}
            </div>
            {e && e.score > 0 && <Details knee={knee} entry={entry} />}
          </fieldset>
        );
      })}
      {entry.isComplete && children}
      {Object.keys(entry.entries).length > 0 && (
        <button type="button" className="button button-small undo" onClick={() => void entry.undo()}>
          Undo
        </button>
      )}
      {onRedFlags && (
        <button type="button" className="link-button" onClick={onRedFlags}>
          Swelling, locking or giving way?
        </button>
      )}
    </section>
  );
}

function Verdict({ verdict, setting }: { verdict: PainVerdict; setting: VerdictSetting }) {
  const why = explainVerdict(verdict, setting);
  return (
    <div className={`verdict verdict-${verdict.light}`}>
      <p className="verdict-light">{LIGHT_TEXT[verdict.light]}</p>
      {why.length > 0 && (
        <p className="verdict-why">
          {why.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('. ')}. {verdictAdvice(verdict, setting)}
        </p>
      )}
    </div>
  );
}

function SaveStatus({ status }: { status: 'saving' | 'saved' | 'error' }) {
  const text = status === 'saved' ? 'Saved' : status === 'saving' ? 'Saving…' : 'Couldn’t save — tap the score again';
  return (
    <p className={`save-status save-${status}`} role={status === 'error' ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

function Details({ knee, entry }: { knee: Knee; entry: PainEntry }) {
  const e = entry.entries[knee];
  if (!e) return null;
  const toggle = (id: KneeLocation) =>
    void entry.setDetails(knee, { locations: e.locations.includes(id) ? e.locations.filter((l) => l !== id) : [...e.locations, id] });
  return (
    <div className="pain-details">
      <div className="location-chips" role="group" aria-label={`Where on your ${knee} knee (optional)`}>
        {LOCATIONS.map((l) => (
          <button key={l.id} type="button" className="chip" aria-pressed={e.locations.includes(l.id)} onClick={() => toggle(l.id)}>
            {l.label}
          </button>
        ))}
      </div>
      <label className="pain-note">
        <span>Note (optional)</span>
        <input
          type="text"
          className="text-input"
          defaultValue={e.note}
          maxLength={500}
          onBlur={(ev) => ev.target.value !== e.note && void entry.setDetails(knee, { note: ev.target.value })}
        />
      </label>
    </div>
  );
}
