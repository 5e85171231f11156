import { useEffect, useState } from 'react';
import { PROGRAMME_ID, findProgramme } from '@/content/programme-catalog';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import { dayLabel, kindWords } from '@/domain/programme/day-plan';
import { ladderState } from '@/domain/programme/level-fold';
import { isFlaring, programmeToday } from '@/domain/programme/programme-today';
import { newId, now } from '@/platform/clock';
import { localDay } from '@/platform/local-day';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import { programmeRepo } from '@/storage/programme-repo';
import { watchProgrammeState, type ProgrammeState } from '@/storage/programme-state-query';
import { ProgrammeFocus } from './programme-focus';
import './programme.css';

const DAY_MS = 86_400_000;
const repo = programmeRepo(getDb());
const STATUS_WORDS = {
  done: 'Done',
  partly: 'Partly done',
  'to-do': 'Today',
  missed: 'Not done',
  'to-come': 'To come',
  rest: 'Rest (planned)',
} as const;

/** /programme: start it, the week view with days done and to come, the ladders, leave or restart. */
export function ProgrammePage() {
  useDocumentTitle('Programme');
  const programme = findProgramme(PROGRAMME_ID);
  const [state, setState] = useState<ProgrammeState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'leave' | 'restart' | null>(null);
  const [left, setLeft] = useState<string | null>(null);
  useEffect(() => watchProgrammeState(getDb(), now() - DAY_MS, setState, (e: unknown) => setError(String(e))), []);
  const act = (work: Promise<void>) => work.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const start = () => {
    const at = now();
    setConfirm(null);
    setLeft(null);
    void act(repo.start({ id: newId(), programmeId: PROGRAMME_ID, startedAt: at, startDay: localDay(at), endedAt: null }));
  };
  if (!programme)
    return (
      <div className="page">
        <h1>Programme</h1>
        <p>No programme is available.</p>
      </div>
    );
  if (error)
    return (
      <div className="page">
        <h1>{programme.name}</h1>
        <p role="alert">Couldn’t read your programme: {error}</p>
      </div>
    );
  if (!state)
    return (
      <div className="page" aria-busy="true">
        <p role="status">Loading your programme…</p>
      </div>
    );
  const run = state.run;
  const today = localDay(now());
  return (
    <div className="page programme">
      <h1>{programme.name}</h1>
      <p className="lead">{programme.summary}</p>
      {left && (
        <p role="status">
          You left the programme; what you did stays in History.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              const id = left;
              setLeft(null);
              void act(repo.resume(id));
            }}
          >
            Undo
          </button>
        </p>
      )}
      {!run ? (
        <section aria-labelledby="start-title" className="card">
          <h2 id="start-title">How it works</h2>
          <ul>
            {programme.why.map((w) => (
              <li key={w.text}>{w.text}</li>
            ))}
            <li>{programme.progression.text}</li>
          </ul>
          <button type="button" className="button button-primary button-block" onClick={start}>
            Start the programme today
          </button>
        </section>
      ) : (
        <RunView programme={programme} state={state} today={today} />
      )}
      {run && (
        <section aria-labelledby="manage-title">
          <h2 id="manage-title">Leave or start again</h2>
          {confirm === null ? (
            <div className="stack">
              <button type="button" className="button" onClick={() => setConfirm('leave')}>
                Leave the programme
              </button>
              <button type="button" className="button" onClick={() => setConfirm('restart')}>
                Restart from week 1
              </button>
            </div>
          ) : (
            <div role="alertdialog" aria-labelledby="confirm-title" className="card">
              <h3 id="confirm-title">{confirm === 'leave' ? 'Leave the programme?' : 'Restart from week 1?'}</h3>
              <p>
                {confirm === 'leave'
                  ? 'Home goes back to today’s routine. Your sessions and level changes stay in History.'
                  : 'Week 1 starts today and every ladder goes back to its starting level. The old run stays in History.'}
              </p>
              <div className="stack">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    if (confirm === 'restart') {
                      start();
                      return;
                    }
                    setConfirm(null);
                    setLeft(run.id);
                    void act(repo.leave(run.id, now()));
                  }}
                >
                  {confirm === 'leave' ? 'Leave' : 'Restart'}
                </button>
                <button type="button" className="button" onClick={() => setConfirm(null)} autoFocus>
                  Cancel
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function RunView({
  programme,
  state,
  today,
}: {
  programme: NonNullable<ReturnType<typeof findProgramme>>;
  state: ProgrammeState;
  today: string;
}) {
  if (!state.run) return null;
  const done = state.sessions.filter((s) => !s.isEndedEarly).map((s) => ({ routineId: s.routineId, day: localDay(s.endedAt ?? 0) }));
  const view = programmeToday(programme, state.run.startDay, today, done, { isFlaring: isFlaring(state.recentScores) });
  return (
    <>
      <section aria-labelledby="week-title">
        <h2 id="week-title">
          {view.today.status === 'running' ? dayLabel(view.today.plan) : view.today.status === 'complete' ? 'Complete' : 'Not started'}
        </h2>
        <p>
          This week: {view.progress.done} of {view.progress.planned} days done · strength {view.progress.strengthDone} of{' '}
          {view.progress.strengthPlanned}
        </p>
        <ol className="programme-week card-list" aria-label="This week’s days">
          {view.week.map((d) => (
            <li
              key={d.plan.day}
              className={`card programme-day programme-day-${d.status}`}
              aria-current={d.plan.day === today ? 'date' : undefined}
            >
              <strong>
                Day {(d.plan.dayIndex % 7) + 1} · {kindWords(d.plan.kind)}
              </strong>
              <span className="muted">
                {d.plan.routineIds.map((id) => findRoutine(id)?.name ?? id).join(' + ') || 'Rest is part of the plan'}
              </span>
              <span className="tag">{STATUS_WORDS[d.status]}</span>
            </li>
          ))}
        </ol>
      </section>
      <ProgrammeFocus programme={programme} />
      <section aria-labelledby="ladders-title">
        <h2 id="ladders-title">Your levels</h2>
        <ul className="card-list">
          {programme.ladders.map((ladder) => {
            const s = ladderState(ladder, state.changes);
            return (
              <li key={ladder.id} className="card">
                <strong>{ladder.name}</strong>: {planFacts[s.level.exercise]?.name ?? s.level.exercise}, {s.level.label}{' '}
                <span className="muted">
                  (level {s.index + 1} of {ladder.levels.length})
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
