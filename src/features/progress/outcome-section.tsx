import { useMemo } from 'react';
import { groupByYear } from '@/domain/assessment/by-year';
import { describeChange, scoreTrend, type ScorePoint } from '@/domain/outcome/psfs';
import { now } from '@/platform/clock';
import type { OutcomeActivityRecord, OutcomeRatingRecord } from '@/storage/records';
import { ByYear } from '@/ui/tables/by-year';
import { OutcomeScoreTable } from '@/ui/tables/outcome-score-table';
import { OutcomeActivities } from './outcome-activities';
import { OutcomeRateForm } from './outcome-rate-form';
import { weekOf } from './week-of';

interface Props {
  /** Undefined while the page's query runs. */
  data: { activities: readonly OutcomeActivityRecord[]; ratings: readonly OutcomeRatingRecord[] } | undefined;
}

const yearOf = (p: ScorePoint) => Number(p.weekOf.slice(0, 4));
const plural = (n: number) => `${n} week${n === 1 ? '' : 's'}`;

/** The weekly outcome scale (Patient-Specific Functional Scale): name activities, rate them weekly, see the mean. */
export function OutcomeSection({ data }: Props) {
  const ratings = data?.ratings;
  const trend = useMemo(() => (ratings ? scoreTrend(ratings) : []), [ratings]);
  const newestFirst = useMemo(() => groupByYear([...trend].reverse(), yearOf), [trend]);
  const thisWeek = weekOf(now());
  if (!data)
    return (
      <section aria-labelledby="outcome-title">
        <h2 id="outcome-title">Weekly outcome</h2>
        <p role="status">Loading…</p>
      </section>
    );
  const active = data.activities.filter((a) => a.retiredAt === null);
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
          <ByYear groups={newestFirst} summary={(g) => `${g.year}: ${plural(g.rows.length)}`}>
            {(g) => (
              <OutcomeScoreTable
                points={g.rows}
                caption={`Weekly outcome score in ${g.year}, newest first`}
                isCaptionHidden
                className="progress-table"
              />
            )}
          </ByYear>
          <p className="muted">
            A change of about 2 points in the average is more than the scale’s measurement error; smaller changes may be noise.
          </p>
        </>
      )}
    </section>
  );
}
