import { Link } from 'react-router';
import { planFacts, routines } from '@/content/routine-catalog';
import { leaveOutPrefs } from '@/domain/session/apply-choices';
import { summariseRoutine } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatMinutes } from '@/ui/format';
import { RoutineCardList } from '@/ui/routine-card-list';
import { HomePlanSlot } from './home-plan-slot';
import { RedFlagSlot, RisingTrendSlot } from './home-safety';
import { ProgrammeTodaySlot } from './programme-today-slot';
import { useHomeChoices } from './use-home-choices';
import { useHomeOwnRoutines } from './use-home-own-routines';
import { useHasStoredData } from './use-has-stored-data';
import { useHomeStatus } from './use-home-status';
import './home.css';

const TODAY_ROUTINE_ID = 'daily-hip-release';

export function HomePage() {
  useDocumentTitle('Today');
  const today = routines.find((r) => r.id === TODAY_ROUTINE_ID) ?? routines[0];
  const others = routines.filter((r) => r !== today);
  const hasStoredData = useHasStoredData();
  const own = useHomeOwnRoutines(hasStoredData);
  const status = useHomeStatus();
  const active = status.active;
  // Durations and "nothing left to do" with the user's choices applied, as the routine pages show them.
  const choices = useHomeChoices();
  const todaySummary = today ? summariseRoutine(today, planFacts, choices.adjustments) : null;
  return (
    <div className="page home">
      <h1>Hip mobility that spares the knee</h1>
      {active && (
        <section className="resume" aria-labelledby="resume-title">
          <h2 id="resume-title">Session in progress</h2>
          <p>
            {active.routineName}
            {active.stepNumber !== null && ` · step ${active.stepNumber} of ${active.stepCount ?? ''}`}
          </p>
          <Link to="/session" className="button button-primary button-block">
            Resume
          </Link>
        </section>
      )}
      {!status.isOnboarded && (
        <section className="card welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">New here? Tell us about your knee</h2>
          <p>One minute: which knee, where it hurts, and a safety check. Kneewise then asks about the right knee.</p>
          <Link to="/welcome" className="button button-primary">
            Set up
          </Link>
        </section>
      )}
      {status.morningCheckFor && (
        <section className="card morning" aria-labelledby="morning-title">
          <h2 id="morning-title">How is your knee this morning?</h2>
          <p>After yesterday’s {status.morningCheckFor.routineName}. Pain should be back to usual by now.</p>
          <Link to={`/check?phase=next-morning&session=${status.morningCheckFor.sessionId}`} className="button button-primary">
            Check my knee
          </Link>
        </section>
      )}
      <RedFlagSlot redFlag={status.redFlag} onChange={status.setRedFlag} />
      {status.isProgrammeRunning && !status.redFlag && <ProgrammeTodaySlot hasActiveSession={active !== null} />}
      {today && !status.redFlag && !status.isProgrammeRunning && (
        <section className="today" aria-labelledby="today-title">
          <p className="today-eyebrow">Today’s routine</p>
          <h2 id="today-title">{today.name}</h2>
          <p>{today.summary}</p>
          {todaySummary?.isEmpty ? (
            <EmptyToday onUndo={() => void choices.undo(leaveOutPrefs(todaySummary.chosen))} />
          ) : (
            <>
              <p className="today-time">About {formatMinutes(todaySummary?.durationMs ?? 0)}</p>
              <Link to={`/session?routine=${today.id}`} className="button button-primary button-block">
                Start
              </Link>
            </>
          )}
          <Link to={`/routines/${today.id}`} className="today-details">
            See the steps
          </Link>
        </section>
      )}
      <RisingTrendSlot knees={status.risingKnees} />
      {hasStoredData && <HomePlanSlot />}
      {own.length > 0 && (
        <>
          <h2>Your routines</h2>
          <RoutineCardList routines={own} facts={planFacts} adjustments={choices.adjustments} />
        </>
      )}
      <h2>Other routines</h2>
      <RoutineCardList routines={others} facts={planFacts} adjustments={choices.adjustments} />
      <p>
        <Link to="/check" className="button button-block">
          Log knee pain now
        </Link>
      </p>
      <p className="home-safety">
        General guidance, not a diagnosis. If your knee swells, locks, gives way or won’t take weight, stop and see a clinician.{' '}
        <Link to="/about">About &amp; safety</Link>
      </p>
    </div>
  );
}

/** Today's routine with every exercise left out: it can't start, so say why and offer the way back. */
function EmptyToday({ onUndo }: { onUndo: () => void }) {
  return (
    <div className="today-empty" role="status">
      <p>Nothing left to do: you left every exercise of this routine out for your knee.</p>
      <button type="button" className="button button-primary button-block" onClick={onUndo}>
        Undo the leave-outs
      </button>
    </div>
  );
}
