import { Link } from 'react-router';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatMinutes } from '@/ui/format';
import { RoutineCards } from '@/ui/routine-cards';
import { HomePlanSlot } from './home-plan-slot';
import { RedFlagSlot, RisingTrendSlot } from './home-safety';
import { ProgrammeTodaySlot } from './programme-today-slot';
import { useHomeCards } from './use-home-cards';
import { useHomeChoices } from './use-home-choices';
import { useHomeOwnRoutines } from './use-home-own-routines';
import { useHasStoredData } from './use-has-stored-data';
import { useHomeStatus } from './use-home-status';
import './home.css';

const TODAY_ROUTINE_ID = 'daily-hip-release';

export function HomePage() {
  useDocumentTitle('Today');
  const hasStoredData = useHasStoredData();
  const status = useHomeStatus();
  const active = status.active;
  // Durations and "nothing left to do" with the user's choices applied, as the routine pages show them.
  const choices = useHomeChoices();
  const cards = useHomeCards(choices.adjustments, useHomeOwnRoutines(hasStoredData));
  const today = cards.builtIn.find((r) => r.id === TODAY_ROUTINE_ID) ?? cards.builtIn[0];
  const others = cards.builtIn.filter((r) => r !== today);
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
          <p>
            One minute: which knee, where it hurts, and a safety check. Then, after each stretch, Kneewise asks how your knee is (or both
            knees, if both hurt).
          </p>
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
          {today.isEmpty ? (
            <EmptyToday onUndo={() => void choices.undo(today.leftOutIds)} />
          ) : (
            <>
              <p className="today-time">About {formatMinutes(today.durationMs)}</p>
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
      {cards.own.length > 0 && (
        <>
          <h2>Your routines</h2>
          <RoutineCards cards={cards.own} />
        </>
      )}
      <h2>Other routines</h2>
      <RoutineCards cards={others} />
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
