import { useCallback, useEffect, useState } from 'react';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import { kindWords } from '@/domain/programme/day-plan';
import { exerciseSession, type FinishedSession } from '@/domain/programme/exercise-sessions';
import { ladderState } from '@/domain/programme/level-fold';
import { decide } from '@/domain/programme/progression';
import { programmeToday } from '@/domain/programme/programme-today';
import type { Plan } from '@/domain/session/plan-types';
import { now } from '@/platform/clock';
import { localDay } from '@/platform/local-day';
import { getDb } from '@/storage/db';
import { programmeRepo } from '@/storage/programme-repo';
import type { LevelChangeRecord } from '@/storage/records';
import { loadFinishData, type FinishData } from './finish-progress-data';
import { FinishLevel, type LadderOutcome } from './finish-levels';

const repo = programmeRepo(getDb());
type Props = { sessionId: string; plan: Plan; outcomes: readonly ('done' | 'skipped' | null | undefined)[]; finishedAt: number };

/** The finish screen's "what it means": knee before → after, level offers and drops, the week, what's next. */
export function FinishProgramme({ sessionId, plan, outcomes, finishedAt }: Props) {
  const [data, setData] = useState<FinishData | null>(null);
  // Starts from the facts loaded with `data`; this screen's own answers are merged in as they are made.
  const [changes, setChanges] = useState<LevelChangeRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  useEffect(() => {
    loadFinishData(sessionId)
      .then((d) => {
        setChanges(d.changes);
        setData(d);
      })
      .catch(fail);
  }, [sessionId]);
  const runId = data?.run?.id ?? null;
  const record = useCallback((c: LevelChangeRecord) => {
    setChanges((cs) => [...cs.filter((x) => x.id !== c.id), c]);
    repo.record(c).catch(fail);
  }, []);
  if (error) return <p role="alert">Couldn’t read your programme: {error}</p>;
  if (!data) return null;
  const thisSession: FinishedSession = {
    id: sessionId,
    endedAt: finishedAt,
    plan,
    outcomes: outcomes.map((o) => o ?? null),
    checks: data.thisChecks,
  };
  const before = data.thisChecks.filter((c) => c.phase === 'before');
  const after = data.thisChecks.filter((c) => c.phase === 'after-session');
  const knees = (['left', 'right'] as const).filter((k) => before.some((c) => c.knee === k) || after.some((c) => c.knee === k));
  const outcomesOf =
    data.programme && runId && data.programme.routines.strength === plan.routineId ? ladderOutcomes(data, thisSession, changes) : [];
  const onRecord = (o: LadderOutcome) => (kind: 'up' | 'down' | 'declined', to: { levelId: string; exerciseId: string }, reason: string) =>
    runId &&
    record({
      id: `${sessionId}:${o.ladder.id}:${kind}`,
      at: now(),
      runId,
      ladderId: o.ladder.id,
      kind,
      fromExerciseId: o.fromExerciseId,
      toExerciseId: to.exerciseId,
      fromLevelId: o.fromLevelId,
      toLevelId: to.levelId,
      undoes: null,
      reason,
      sessionId,
    });
  const onUndo = (answer: LevelChangeRecord) =>
    record({
      ...answer,
      id: `${answer.id}:undo`,
      at: now(),
      kind: 'undo',
      undoes: answer.id,
      fromLevelId: answer.toLevelId,
      toLevelId: answer.fromLevelId,
      fromExerciseId: answer.toExerciseId,
      toExerciseId: answer.fromExerciseId,
      reason: 'Undone',
    });
  return (
    <>
      {knees.length > 0 && (
        <section aria-labelledby="knee-title">
          <h2 id="knee-title">Your knee</h2>
          <ul className="card-list">
            {knees.map((k) => (
              <li key={k} className="card">
                Your {k} knee: {before.find((c) => c.knee === k)?.score ?? '–'} before → {after.find((c) => c.knee === k)?.score ?? '–'}{' '}
                after
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcomesOf.some((o) => o.decision.kind === 'offer-up' || o.decision.kind === 'drop') && (
        <section aria-labelledby="levels-title">
          <h2 id="levels-title">Your levels</h2>
          <ul className="card-list">
            {outcomesOf.map((o) => (
              <FinishLevel key={o.ladder.id} outcome={o} onRecord={onRecord(o)} onUndo={onUndo} />
            ))}
          </ul>
        </section>
      )}
      {data.programme && data.run && <WeekSummary data={data} sessionId={sessionId} routineId={plan.routineId} finishedAt={finishedAt} />}
    </>
  );
}

/** Each ladder whose level was done today, judged from the facts before today's answers. */
function ladderOutcomes(data: FinishData, current: FinishedSession, changes: readonly LevelChangeRecord[]): LadderOutcome[] {
  const programme = data.programme;
  if (!programme) return [];
  const before = changes.filter((c) => c.sessionId !== current.id);
  return programme.ladders.flatMap((ladder) => {
    const state = ladderState(ladder, before);
    const exerciseId = state.level.exercise;
    if (!current.plan.steps.some((s) => s.exerciseId === exerciseId)) return [];
    const sessions = [current, ...data.past]
      .filter((s) => state.since === null || s.endedAt >= state.since)
      .flatMap((s) => exerciseSession(s, exerciseId, state.level) ?? []);
    const swappedTo = data.swaps[exerciseId];
    const decision = decide({
      ladder,
      index: state.index,
      sessions,
      swappedTo: swappedTo ? (planFacts[swappedTo]?.name ?? swappedTo) : null,
      exerciseName: planFacts[exerciseId]?.name ?? exerciseId,
    });
    const own = changes.filter((c) => c.sessionId === current.id && c.ladderId === ladder.id);
    const answer = own.find((c) => c.kind !== 'undo') ?? null;
    const isUndone = answer !== null && own.some((c) => c.kind === 'undo' && c.undoes === answer.id);
    return [{ ladder, fromLevelId: state.level.id, fromExerciseId: exerciseId, decision, answer, isUndone }];
  });
}

function WeekSummary({
  data,
  sessionId,
  routineId,
  finishedAt,
}: {
  data: FinishData;
  sessionId: string;
  routineId: string;
  finishedAt: number;
}) {
  if (!data.programme || !data.run) return null;
  const today = localDay(finishedAt);
  const done = [
    ...data.past.filter((s) => s.id !== sessionId).map((s) => ({ routineId: s.plan.routineId, day: localDay(s.endedAt) })),
    { routineId, day: today },
  ];
  const view = programmeToday(data.programme, data.run.startDay, today, done);
  const next = view.next;
  return (
    <section aria-labelledby="week-progress-title">
      <h2 id="week-progress-title">This week</h2>
      <p>
        {view.progress.done} of {view.progress.planned} days done · strength {view.progress.strengthDone} of {view.progress.strengthPlanned}
      </p>
      {next && (
        <p>
          Next session: <strong>{findRoutine(next.routineId)?.name ?? next.routineId}</strong>{' '}
          {next.day === today ? 'today' : `(${kindWords(next.plan.kind)}, ${next.day})`}
        </p>
      )}
    </section>
  );
}
