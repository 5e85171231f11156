import { useLiveQuery } from 'dexie-react-hooks';
import { describeChange, formatScore, scoreTrend } from '@/domain/outcome/psfs';
import { now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { listOutcomeActivities, listOutcomeRatings } from '@/storage/outcome-repo';
import { OutcomeActivities } from './outcome-activities';
import { OutcomeRateForm } from './outcome-rate-form';
import { weekOf } from './week-of';

/** The weekly outcome scale (Patient-Specific Functional Scale): name activities, rate them weekly, see the mean. */
export function OutcomeSection() {
  const data = useLiveQuery(async () => {
    const db = getDb();
    return { activities: await listOutcomeActivities(db), ratings: await listOutcomeRatings(db) };
  }, []);
  const thisWeek = weekOf(now());
  if (!data)
    return (
      <section aria-labelledby="outcome-title">
        <h2 id="outcome-title">Weekly outcome</h2>
        <p role="status">Loading…</p>
      </section>
    );
  const active = data.activities.filter((a) => a.retiredAt === null);
  const trend = scoreTrend(data.ratings);
  const change = describeChange(trend);
  return (
    <section aria-labelledby="outcome-title" className="card outcome-section">
      <h2 id="outcome-title">Weekly outcome</h2>
      <p>
        Name up to 3 everyday activities your knee makes hard (at most 5), and once a week rate how well you can do each: 0 means you can’t
        do it at all, 10 means as well as before your knee trouble. Your score is the average.
      </p>
      <OutcomeActivities active={active} />
      {active.length > 0 && (
        <OutcomeRateForm activities={active} weekOf={thisWeek} existing={data.ratings.find((r) => r.weekOf === thisWeek) ?? null} />
      )}
      {trend.length > 0 && (
        <>
          <h3>Your score by week</h3>
          {change && <p>{change}</p>}
          <table className="progress-table">
            <caption className="visually-hidden">Weekly outcome score, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Score (0–10)</th>
                <th scope="col">Activities rated</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.weekOf}>
                  <th scope="row">{p.weekOf}</th>
                  <td>{formatScore(p.score)}</td>
                  <td>{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            A change of about 2 points in the average is more than the scale’s measurement error; smaller changes may be noise.
          </p>
        </>
      )}
    </section>
  );
}
