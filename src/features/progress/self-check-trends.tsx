import { lazy, Suspense } from 'react';
import { findExercise } from '@/content/exercise-catalog';
import { legTurnDifference, HIP_DROP_WORDS, CAVE_WORDS } from '@/domain/assessment/interpret';
import { CHECK_KINDS, type Assessment, type CheckExerciseId } from '@/domain/assessment/types';
import { wordsFor } from '@/ui/self-check/result-words';
import { sideSeries } from '@/domain/assessment/side-series';

// The chart (and uPlot) load after the tables: the figures are readable at once, with or without it.
const SideChart = lazy(() => import('./side-chart').then((m) => ({ default: m.SideChart })));

const date = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
/** Enough rows to see a trend; the CSV has every one. */
const MAX_ROWS = 12;

function cells(a: Assessment): [string, string, string] {
  switch (a.kind) {
    case 'leg-turn': {
      const { difference } = legTurnDifference(a.result);
      const show = (s: typeof a.result.left) => (s ? `${s.degrees}°${s.method === 'phone' ? ' (estimate)' : ''}` : '—');
      return [show(a.result.left), show(a.result.right), difference === null ? '—' : `${Math.abs(difference)}°`];
    }
    case 'single-leg-stance': {
      const show = (s: typeof a.result.left) =>
        s ? `${s.seconds} s, hip drop: ${s.hipDrop ? HIP_DROP_WORDS[s.hipDrop].toLowerCase() : 'not noted'}` : '—';
      return [show(a.result.left), show(a.result.right), '—'];
    }
    case 'knees-cave':
      return [a.result.cave ? CAVE_WORDS[a.result.cave] : 'Not noted', a.result.felt.join(', ') || '—', '—'];
  }
}

/** One table per check (newest first), left and right side by side with the difference and the latest meaning. */
export function SelfCheckTrends({ results }: { results: readonly Assessment[] }) {
  const ids = Object.keys(CHECK_KINDS) as CheckExerciseId[];
  return (
    <>
      {ids.map((id) => {
        const rows = results.filter((r) => r.exerciseId === id).sort((a, b) => b.at - a.at);
        const latest = rows[0];
        if (!latest) return null;
        const name = findExercise(id)?.name ?? id;
        const isKnees = latest.kind === 'knees-cave';
        return (
          <section key={id} aria-labelledby={`trend-${id}`} className="card progress-check">
            <h2 id={`trend-${id}`}>{name}</h2>
            <div className="result-words">
              {wordsFor(latest).map((w) => (
                <p key={w}>{w}</p>
              ))}
            </div>
            <TrendChart name={name} results={results} exerciseId={id} />
            <table className="progress-table">
              <caption className="visually-hidden">{name}: results over time, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">{isKnees ? 'Knees caved' : 'Left'}</th>
                  <th scope="col">{isKnees ? 'Felt in' : 'Right'}</th>
                  {latest.kind === 'leg-turn' && <th scope="col">Difference</th>}
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, MAX_ROWS).map((r) => {
                  const [a, b, c] = cells(r);
                  return (
                    <tr key={r.id}>
                      <th scope="row">{date(r.at)}</th>
                      <td>{a}</td>
                      <td>{b}</td>
                      {latest.kind === 'leg-turn' && <td>{c}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}

/** The chart for checks with a number per side; fewer than 2 results has no line to draw yet. */
function TrendChart({ name, results, exerciseId }: { name: string; results: readonly Assessment[]; exerciseId: string }) {
  const series = sideSeries(results, exerciseId);
  if (!series) return null;
  if (series.at.length < 2)
    return <p className="muted">One result so far: the chart draws each side’s line from your second check (every 2–4 weeks).</p>;
  return (
    <Suspense fallback={<p className="muted">Loading the chart…</p>}>
      <SideChart name={name} series={series} />
    </Suspense>
  );
}
