import { Link } from 'react-router';
import { planFacts, routines } from '@/content/routine-catalog';
import { routineDurationMs } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatMinutes } from '@/ui/format';
import { RoutineCard } from '@/ui/routine-card';
import { RedFlagSlot, RisingTrendSlot } from './home-safety';
import { useHomeStatus } from './use-home-status';
import './home.css';

const TODAY_ROUTINE_ID = 'daily-hip-release';

export function HomePage() {
  useDocumentTitle('Today');
  const today = routines.find((r) => r.id === TODAY_ROUTINE_ID) ?? routines[0];
  const others = routines.filter((r) => r !== today);
  const status = useHomeStatus();
  const active = status.active;
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
      {today && !status.redFlag && (
        <section className="today" aria-labelledby="today-title">
          <p className="today-eyebrow">Today’s routine</p>
          <h2 id="today-title">{today.name}</h2>
          <p>{today.summary}</p>
          <p className="today-time">About {formatMinutes(routineDurationMs(today, planFacts))}</p>
          <Link to={`/session?routine=${today.id}`} className="button button-primary button-block">
            Start
          </Link>
          <Link to={`/routines/${today.id}`} className="today-details">
            See the steps
          </Link>
        </section>
      )}
      <RisingTrendSlot knees={status.risingKnees} />
      <h2>Other routines</h2>
      <ul className="card-list">
        {others.map((routine) => (
          <li key={routine.id}>
            <RoutineCard
              href={`/routines/${routine.id}`}
              name={routine.name}
              summary={routine.summary}
              minutes={formatMinutes(routineDurationMs(routine, planFacts))}
              exerciseCount={routine.steps.length}
            />
          </li>
        ))}
      </ul>
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
