import type { WeeklyPain } from '@/domain/pain/trends';
import { formatMean, formatShortDate } from './history-format';

interface Props {
  caption: string;
  weeks: readonly WeeklyPain[];
  className?: string;
}

/** Weekly worst and average for one knee: the chart's text alternative, and the report's table. */
export function PainWeekTable({ caption, weeks, className = 'data-table' }: Props) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Worst (0–10)</th>
          <th scope="col">Average (0–10)</th>
          <th scope="col">Days logged</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.start}>
            <th scope="row">{formatShortDate(w.start)}</th>
            <td>{w.worst ?? '—'}</td>
            <td>{formatMean(w.mean)}</td>
            <td>{w.days}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
