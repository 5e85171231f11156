import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { countsTowardAdherence, kneeImpact, weekAdherence } from '@/domain/pain/trends';
import { useDocumentTitle } from '@/platform/use-document-title';
import { now as currentTime } from '@/platform/use-now';
import { addDays, daysOfWeek, lastWeeks, startOfDay } from './calendar';
import { TREND_WEEKS, WEEKLY_TARGET } from './history-constants';
import { formatLongDate } from './history-format';
import { ImpactTable } from './impact-table';
import { KneeTrendView } from './knee-trend-view';
import { kneeTrends } from './pain-trend';
import { SessionList } from './session-list';
import { groupByDay, summariseSession } from './session-summary';
import { useHasAnyHistory, usePainChecksSince, useSessionsSince } from './use-history-data';
import { WeekAdherenceView } from './week-adherence';
import './history.css';

/** The session list shows this many days at first, and this many more per "Show older". */
const LIST_PAGE_DAYS = 30;

export function HistoryPage() {
  useDocumentTitle('History');
  // Fixed for the visit: a page left open past midnight keeps the days it first showed.
  const [now] = useState(currentTime);
  const hasAny = useHasAnyHistory();
  if (hasAny === undefined) return <HistoryLoading />;
  if (!hasAny) return <HistoryEmpty />;
  return <HistoryOverview now={now} />;
}

function HistoryOverview({ now }: { now: number }) {
  const weeks = useMemo(() => lastWeeks(now, TREND_WEEKS), [now]);
  const trendFrom = weeks[0]?.start ?? now;
  const [listFrom, setListFrom] = useState(() => addDays(startOfDay(now), -(LIST_PAGE_DAYS - 1)));
  const stored = useSessionsSince(Math.min(listFrom, trendFrom));
  const checks = usePainChecksSince(trendFrom);

  const trends = useMemo(() => (checks ? kneeTrends(checks, weeks) : undefined), [checks, weeks]);
  const impact = useMemo(() => (checks && stored ? kneeImpact(checks, stored.sessions) : undefined), [checks, stored]);
  const list = useMemo(() => {
    if (!stored) return undefined;
    const shown = stored.sessions.filter((s) => s.startedAt >= listFrom);
    return { days: groupByDay(shown.map(summariseSession), startOfDay), hasOlder: stored.hasOlder || shown.length < stored.sessions.length };
  }, [stored, listFrom]);
  const week = weeks.at(-1);

  if (!stored || !checks || !trends || !impact || !list || !week) return <HistoryLoading />;

  const today = startOfDay(now);
  const counted = stored.sessions.filter(countsTowardAdherence);
  const days = daysOfWeek(week.start).map((dayStart) => ({
    dayStart,
    sessions: counted.filter((s) => s.endedAt !== null && startOfDay(s.endedAt) === dayStart).length,
    isToday: dayStart === today,
    isFuture: dayStart > today,
  }));

  return (
    <div className="page history">
      <h1>History</h1>
      <WeekAdherenceView adherence={weekAdherence(stored.sessions, week.start, WEEKLY_TARGET, week.end)} days={days} />
      <p>
        <Link to="/report" className="button button-block">
          Report for my physio
        </Link>
      </p>
      <section className="history-section" aria-labelledby="pain-title">
        <h2 id="pain-title">Knee pain, last {TREND_WEEKS} weeks</h2>
        <p className="muted small">
          The worst and the average score of each day, 0 to 10. A change of 2 points or more is one that matters; smaller day-to-day
          ups and downs are normal.
        </p>
        {trends.length === 0 ? <p>No pain checks in the last {TREND_WEEKS} weeks.</p> : trends.map((t) => <KneeTrendView key={t.knee} trend={t} weeks={weeks} />)}
      </section>
      <section className="history-section" aria-labelledby="impact-title">
        <h2 id="impact-title">Exercises and your knee</h2>
        {impact.length === 0 ? (
          <p>No checks after exercises in the last {TREND_WEEKS} weeks.</p>
        ) : (
          <ImpactTable
            caption={`How your knee changed right after each exercise, against the start of the session (both knees, last ${TREND_WEEKS} weeks). Most change first.`}
            rows={impact}
          />
        )}
      </section>
      <SessionList
        days={list.days}
        now={now}
        sinceLabel={formatLongDate(listFrom)}
        hasOlder={list.hasOlder}
        onShowOlder={() => setListFrom((from) => addDays(from, -LIST_PAGE_DAYS))}
      />
    </div>
  );
}

function HistoryLoading() {
  return (
    <div className="page" aria-busy="true">
      <h1>History</h1>
      <p role="status">Loading your history…</p>
    </div>
  );
}

function HistoryEmpty() {
  return (
    <div className="page">
      <h1>History</h1>
      <div className="empty-state">
        <p>Nothing here yet. After your first session you’ll see your sessions, how your knees felt, and which exercises suit them.</p>
        <Link to="/" className="button button-primary">
          Start today’s routine
        </Link>
      </div>
    </div>
  );
}
