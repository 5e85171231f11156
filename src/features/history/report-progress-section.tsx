import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { findExercise } from '@/content/exercise-catalog';
import { FOCUS_WORDS, selfCheckFocus } from '@/domain/assessment/focus';
import { legTurnDifference } from '@/domain/assessment/interpret';
import { latestOfEach } from '@/domain/assessment/latest';
import type { Assessment } from '@/domain/assessment/types';
import { describeChange, scoreTrend } from '@/domain/outcome/psfs';
import { listAssessments } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { listOutcomeRatings } from '@/storage/outcome-repo';
import { OutcomeScoreTable } from '@/ui/tables/outcome-score-table';

const date = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Leg-turn and stance results per side, oldest first: the self-check trend for a physio. */
function sideRows(results: readonly Assessment[]) {
  return results.flatMap((a) => {
    const name = findExercise(a.exerciseId)?.name ?? a.exerciseId;
    if (a.kind === 'leg-turn') {
      const d = legTurnDifference(a.result).difference;
      return [
        {
          id: a.id,
          at: a.at,
          name,
          left: `${a.result.left?.degrees ?? '—'}°`,
          right: `${a.result.right?.degrees ?? '—'}°`,
          diff: d === null ? '—' : `${Math.abs(d)}°`,
        },
      ];
    }
    if (a.kind === 'single-leg-stance') {
      const s = (x: typeof a.result.left) => (x ? `${x.seconds} s, hip drop ${x.hipDrop ?? 'not noted'}` : '—');
      return [{ id: a.id, at: a.at, name, left: s(a.result.left), right: s(a.result.right), diff: '—' }];
    }
    return [
      { id: a.id, at: a.at, name, left: `knees caved: ${a.result.cave ?? 'not noted'}`, right: a.result.felt.join(', ') || '—', diff: '—' },
    ];
  });
}

/** Self-check trends per side and the weekly outcome score, for History and the physio report. */
export function ProgressReportSection({ headingClass, isReport = false }: { headingClass: string; isReport?: boolean }) {
  const data = useLiveQuery(async () => ({ results: await listAssessments(getDb()), ratings: await listOutcomeRatings(getDb()) }), []);
  if (!data) return null;
  const trend = scoreTrend(data.ratings);
  const change = describeChange(trend);
  const focus = selfCheckFocus(latestOfEach(data.results));
  return (
    <>
      <section className={headingClass} aria-labelledby="outcome-trend-title">
        <h2 id="outcome-trend-title">Weekly outcome score</h2>
        {trend.length === 0 ? (
          <p>
            No weekly outcome ratings yet{isReport ? '.' : ''}
            {!isReport && (
              <>
                {' '}
                — <Link to="/progress">rate this week</Link>.
              </>
            )}
          </p>
        ) : (
          <>
            {change && <p>{change}</p>}
            <OutcomeScoreTable
              points={trend}
              caption="Patient-Specific Functional Scale, mean of the activities rated (0 = can’t do, 10 = as before)"
              className="report-table"
            />
          </>
        )}
      </section>
      <section className={headingClass} aria-labelledby="selfcheck-trend-title">
        <h2 id="selfcheck-trend-title">Self-checks, left and right</h2>
        {data.results.length === 0 ? (
          <p>No self-check results recorded yet.</p>
        ) : (
          <>
            {focus.items.length > 0 && (
              <ul>
                {focus.items.map((i) => (
                  <li key={i.area}>
                    {FOCUS_WORDS[i.area]}: {i.reason}
                  </li>
                ))}
              </ul>
            )}
            <table className="report-table">
              <caption>Self-check results, oldest first (the user’s own readings; phone readings are estimates)</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Check</th>
                  <th scope="col">Left</th>
                  <th scope="col">Right</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {sideRows(data.results).map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{date(r.at)}</th>
                    <td>{r.name}</td>
                    <td>{r.left}</td>
                    <td>{r.right}</td>
                    <td>{r.diff}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
