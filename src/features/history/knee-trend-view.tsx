import type { WeekRange } from '@/domain/pain/trends';
import { KNEE_LABELS } from './history-format';
import { PainChart } from './pain-chart';
import type { KneeTrend } from './pain-trend';

interface Props {
  trend: KneeTrend;
  weeks: readonly WeekRange[];
  isTableVisible?: boolean;
}

/** One knee: the summary sentence first (it is the point), then the chart and its table. */
export function KneeTrendView({ trend, weeks, isTableVisible = false }: Props) {
  const label = KNEE_LABELS[trend.knee];
  return (
    <section className="knee-trend" aria-labelledby={`trend-${trend.knee}`}>
      <h3 id={`trend-${trend.knee}`}>{label}</h3>
      <p>{trend.summary}</p>
      <PainChart
        kneeLabel={label}
        daily={trend.daily}
        weeks={trend.weeks}
        band={trend.band}
        from={weeks[0]?.start ?? 0}
        to={weeks.at(-1)?.end ?? 0}
        isTableVisible={isTableVisible}
      />
    </section>
  );
}
