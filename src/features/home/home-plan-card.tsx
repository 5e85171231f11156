import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { showDueBadge } from '@/platform/badge';
import { loadHomePlan, type HomePlan } from './home-plan-query';
import { reportReadFailure } from '@/storage/read-failure';

/** What the schedule asks of today and how the week is going; the backup reminder after 14 days. */
export function HomePlanCard() {
  const [plan, setPlan] = useState<HomePlan | null>(null);
  useEffect(() => {
    let isCancelled = false;
    loadHomePlan()
      .then((p) => {
        if (isCancelled) return;
        setPlan(p);
        showDueBadge(p.due.filter((d) => !d.isDone).length);
      })
      .catch(reportReadFailure('your schedule'));
    return () => {
      isCancelled = true;
    };
  }, []);
  if (!plan) return null;
  return (
    <>
      {plan.planned > 0 && (
        <section className="card" aria-labelledby="plan-title">
          <h2 id="plan-title">Your schedule</h2>
          {plan.due.length === 0 ? (
            <p>Nothing scheduled today.</p>
          ) : (
            <ul>
              {plan.due.map((d) => (
                <li key={d.routineId}>
                  {d.isDone ? 'Done today: ' : 'Due today at '}
                  {!d.isDone && `${d.time}: `}
                  <Link to={`/routines/${d.routineId}`}>{d.routineName}</Link>
                </li>
              ))}
            </ul>
          )}
          <p>
            This week: {plan.doneThisWeek} of {plan.planned} sessions done. <Link to="/schedule">Change the schedule</Link>
          </p>
        </section>
      )}
      {plan.backup.isDue && (
        <section className="card" aria-labelledby="backup-title">
          <h2 id="backup-title">{plan.backup.hasEverBackedUp ? `Last backup: ${plan.backup.daysSince} days ago` : 'No backup yet'}</h2>
          <p>Browsers can clear a site’s data. A backup file is your own copy of your sessions and knee checks.</p>
          <Link to="/data" className="button">
            Make a backup
          </Link>
        </section>
      )}
    </>
  );
}
