import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { findProgramme } from '@/content/programme-catalog';
import { findRoutine } from '@/content/routine-catalog';
import { dayLabel, kindWords } from '@/domain/programme/day-plan';
import { isFlaring, programmeToday, type ProgrammeToday } from '@/domain/programme/programme-today';
import { now } from '@/platform/clock';
import { localDay } from '@/platform/local-day';
import { getDb } from '@/storage/db';
import { watchProgrammeState, type ProgrammeState } from '@/storage/programme-state-query';

const DAY_MS = 86_400_000;
const STATUS_WORDS = {
  done: 'done',
  partly: 'partly done',
  'to-do': 'today',
  missed: 'not done',
  'to-come': 'to come',
  rest: 'rest (planned)',
} as const;

/** Home as the programme's today (loaded after first paint): the day, the week, what's next. */
export function ProgrammeTodayCard({ hasActiveSession }: { hasActiveSession: boolean }) {
  const [state, setState] = useState<ProgrammeState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () => watchProgrammeState(getDb(), now() - DAY_MS, setState, (e: unknown) => setError(e instanceof Error ? e.message : String(e))),
    [],
  );
  if (error) return <p role="alert">Couldn’t read your programme: {error}</p>;
  if (!state) return <ProgrammePlaceholder />;
  const programme = state.run ? findProgramme(state.run.programmeId) : undefined;
  if (!state.run || !programme) return null;
  const today = localDay(now());
  const done = state.sessions.filter((s) => !s.isEndedEarly).map((s) => ({ routineId: s.routineId, day: localDay(s.endedAt ?? 0) }));
  const view = programmeToday(programme, state.run.startDay, today, done, { isFlaring: isFlaring(state.recentScores) });
  return <TodayView view={view} today={today} hasActiveSession={hasActiveSession} />;
}

function TodayView({ view, today, hasActiveSession }: { view: ProgrammeToday; today: string; hasActiveSession: boolean }) {
  if (view.today.status !== 'running') {
    return (
      <section className="today" aria-labelledby="programme-title">
        <h2 id="programme-title">{view.today.status === 'complete' ? 'Programme complete' : 'Your programme starts soon'}</h2>
        <Link to="/programme">See the programme</Link>
      </section>
    );
  }
  const plan = view.today.plan;
  const next = view.next;
  const nextName = next ? (findRoutine(next.routineId)?.name ?? next.routineId) : null;
  return (
    <section className="today programme-today" aria-labelledby="programme-title">
      <p className="today-eyebrow">Your programme</p>
      <h2 id="programme-title">{dayLabel(plan)}</h2>
      {plan.kind === 'flare' && <p role="status">Your knee flared (a check above 5 since yesterday): today is the gentle flare-up day.</p>}
      {view.isTodayDone ? (
        <p className="programme-done" role="status">
          {plan.kind === 'rest' ? 'A planned rest day — resting is part of the plan.' : 'Today’s sessions are done.'}
        </p>
      ) : null}
      {next && !hasActiveSession && (
        <p>
          {next.day === today ? 'Next: ' : `Next (${kindWords(next.plan.kind)}): `}
          <strong>{nextName}</strong>
        </p>
      )}
      {next && next.day === today && !hasActiveSession && (
        <Link to={`/session?routine=${next.routineId}`} className="button button-primary button-block">
          Start {nextName}
        </Link>
      )}
      {plan.isOutcomeDue && <p>This week: rate your activities (the weekly outcome scale).</p>}
      <h3>This week</h3>
      <p>
        {view.progress.done} of {view.progress.planned} days done · strength {view.progress.strengthDone} of {view.progress.strengthPlanned}
      </p>
      <ol className="programme-week" aria-label="This week’s days">
        {view.week.map((d) => (
          <li
            key={d.plan.day}
            className={`programme-day programme-day-${d.status}`}
            aria-current={d.plan.day === today ? 'date' : undefined}
          >
            <span>Day {(d.plan.dayIndex % 7) + 1}</span> <span>{kindWords(d.plan.kind)}</span>{' '}
            <span className="muted">{STATUS_WORDS[d.status]}</span>
          </li>
        ))}
      </ol>
      <Link to="/programme" className="today-details">
        The whole programme
      </Link>
    </section>
  );
}

/** While the card loads: the same heading level, so nothing below jumps. */
export function ProgrammePlaceholder() {
  return (
    <section className="today programme-today" aria-busy="true">
      <p className="today-eyebrow">Your programme</p>
      <h2>Today’s plan</h2>
    </section>
  );
}
