import { useMemo } from 'react';
import { findExercise } from '@/content/exercise-catalog';
import { groupByYear } from '@/domain/assessment/by-year';
import { legTurnDifference, HIP_DROP_WORDS, CAVE_WORDS } from '@/domain/assessment/interpret';
import { sideSeries, type SideSeries } from '@/domain/assessment/side-series';
import { CHECK_KINDS, type Assessment, type CheckExerciseId } from '@/domain/assessment/types';
import { ByYear } from '@/ui/tables/by-year';
import { wordsFor } from '@/ui/self-check/result-words';
import { useChartModule } from './chart-module';

// One formatter for every row: toLocaleDateString builds a new one per call.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const yearOf = (a: Assessment) => new Date(a.at).getFullYear();
const plural = (n: number) => `${n} result${n === 1 ? '' : 's'}`;

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

interface Trend {
  id: CheckExerciseId;
  name: string;
  /** Newest first. */
  rows: Assessment[];
  series: SideSeries | null;
}

/** One section per check (newest first): the latest meaning, a chart per side and every result by year. */
export function SelfCheckTrends({ byCheck }: { byCheck: Partial<Record<CheckExerciseId, Assessment[]>> }) {
  // Derived once per change of the data, not on every render of the page (the rating form re-renders it).
  const trends = useMemo(
    () =>
      (Object.keys(CHECK_KINDS) as CheckExerciseId[]).flatMap((id): Trend[] => {
        const rows = byCheck[id];
        if (!rows?.length) return [];
        return [{ id, name: findExercise(id)?.name ?? id, rows, series: sideSeries(rows, id) }];
      }),
    [byCheck],
  );
  return trends.map((t) => <CheckTrend key={t.id} trend={t} />);
}

function CheckTrend({ trend: { id, name, rows, series } }: { trend: Trend }) {
  const latest = rows[0];
  const groups = useMemo(() => groupByYear(rows, yearOf), [rows]);
  if (!latest) return null;
  const hasDifference = latest.kind === 'leg-turn';
  const isKnees = latest.kind === 'knees-cave';
  return (
    <section aria-labelledby={`trend-${id}`} className="card progress-check">
      <h2 id={`trend-${id}`}>{name}</h2>
      <div className="result-words">
        {wordsFor(latest).map((w) => (
          <p key={w}>{w}</p>
        ))}
      </div>
      {series && <TrendChart name={name} series={series} />}
      <ByYear groups={groups} summary={(g) => `${g.year}: ${plural(g.rows.length)}`}>
        {(g) => (
          <table className="progress-table">
            <caption className="visually-hidden">
              {name}: results in {g.year}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">{isKnees ? 'Knees caved' : 'Left'}</th>
                <th scope="col">{isKnees ? 'Felt in' : 'Right'}</th>
                {hasDifference && <th scope="col">Difference</th>}
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => {
                const [a, b, c] = cells(r);
                return (
                  <tr key={r.id}>
                    <th scope="row">{DATE.format(r.at)}</th>
                    <td>{a}</td>
                    <td>{b}</td>
                    {hasDifference && <td>{c}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </ByYear>
    </section>
  );
}

/** The chart for checks with a number per side; fewer than 2 results has no line to draw yet. */
function TrendChart({ name, series }: { name: string; series: SideSeries }) {
  const chart = useChartModule();
  if (series.at.length < 2)
    return <p className="muted">One result so far: the chart draws each side’s line from your second check (every 2–4 weeks).</p>;
  if (chart === 'failed') return <p className="muted">The chart could not load; the table below has every figure.</p>;
  if (!chart)
    return (
      <p className="muted side-chart-placeholder" role="status">
        Loading the chart…
      </p>
    );
  return <chart.SideChart name={name} series={series} />;
}
