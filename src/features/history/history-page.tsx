import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { kneeImpact, weekAdherence, type WeekRange } from '@/domain/pain/trends';
import type { PainCheck } from '@/domain/pain/types';
import { sessionCount } from '@/domain/session/session-counts';
import { useDocumentTitle } from '@/platform/use-document-title';
import { now as currentTime } from '@/platform/clock';
import type { RedFlagRecord } from '@/storage/records';
import { addDays, daysOfWeek, lastWeeks, startOfDay } from './calendar';
import { TREND_WEEKS, WEEKLY_TARGET } from './history-constants';
import { formatLongDate } from './history-format';
import { ImpactTable } from './impact-table';
import { KneeTrendView } from './knee-trend-view';
import { kneeTrends } from './pain-trend';
import { SessionList } from './session-list';
import { groupByDay, summariseSession } from './session-summary';
import { RedFlagSection } from './red-flag-section';
import { ProgrammeReportSection } from './report-programme-section';
import { ProgressReportSection } from './report-progress-section';
import { useHasAnyHistory, usePainChecksSince, useRedFlags, useSessionsSince, type SessionsSince } from './use-history-data';
import { WeekAdherenceView } from './week-adherence';
import './history.css';

/** The session list shows this many days at first, and this many more per "Show older". */
const LIST_PAGE_DAYS = 30;

export function HistoryPage() {
  useDocumentTitle('History');
  // Fixed for the visit: a page left open past midnight keeps the days it first showed.
  const [now] = useState(currentTime);
  const weeks = useMemo(() => lastWeeks(now, TREND_WEEKS), [now]);
  const trendFrom = weeks[0]?.start ?? now;
  const [listFrom, setListFrom] = useState(() => addDays(startOfDay(now), -(LIST_PAGE_DAYS - 1)));
  // All reads start together (no waterfall): the empty check, the sessions and the pain checks.
  const hasAny = useHasAnyHistory();
  const stored = useSessionsSince(Math.min(listFrom, trendFrom));
  const checks = usePainChecksSince(trendFrom);
  const redFlags = useRedFlags();
  if (hasAny === false && redFlags?.length === 0) return <HistoryEmpty />;
  if (hasAny === undefined || !stored || !checks || !redFlags) return <HistoryLoading />;
  return (
    <HistoryOverview
      now={now}
      weeks={weeks}
      stored={stored}
      checks={checks}
      redFlags={redFlags}
      listFrom={listFrom}
      onShowOlder={() => setListFrom((from) => addDays(from, -LIST_PAGE_DAYS))}
    />
  );
}

interface OverviewProps {
  now: number;
  weeks: WeekRange[];
  stored: SessionsSince;
  checks: PainCheck[];
  redFlags: RedFlagRecord[];
  listFrom: number;
  onShowOlder: () => void;
}

function HistoryOverview({ now, weeks, stored, checks, redFlags, listFrom, onShowOlder }: OverviewProps) {
  const trends = useMemo(() => kneeTrends(checks, weeks), [checks, weeks]);
  const impact = useMemo(() => kneeImpact(checks, stored.sessions), [checks, stored]);
  const list = useMemo(() => {
    const shown = stored.sessions.filter((s) => s.startedAt >= listFrom);
    return {
      days: groupByDay(shown.map(summariseSession), startOfDay),
      hasOlder: stored.hasOlder || shown.length < stored.sessions.length,
    };
  }, [stored, listFrom]);
  const week = weeks.at(-1);
  if (!week) return null;

  const today = startOfDay(now);
  const counted = stored.sessions.filter((s) => sessionCount(s).countsTowardTarget);
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
      <RedFlagSection redFlags={redFlags} headingClass="history-section" />
      <p className="history-links">
        <Link to="/report" className="button button-block">
          Report for my physio
        </Link>
        {/* The self-checks side by side and the weekly outcome score: how the weeks are going. */}
        <Link to="/progress" className="button button-block">
          Your progress
        </Link>
      </p>
      <section className="history-section" aria-labelledby="pain-title">
        <h2 id="pain-title">Knee pain, last {TREND_WEEKS} weeks</h2>
        <p className="muted small">
          The worst and the average score of each day, 0 to 10. A change of 2 points or more is one that matters; smaller day-to-day ups and
          downs are normal.
        </p>
        {trends.length === 0 ? (
          <p>No pain checks in the last {TREND_WEEKS} weeks.</p>
        ) : (
          trends.map((t) => <KneeTrendView key={t.knee} trend={t} weeks={weeks} />)
        )}
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
      <ProgressReportSection headingClass="history-section" />
      <ProgrammeReportSection headingClass="history-section" />
      <SessionList days={list.days} now={now} sinceLabel={formatLongDate(listFrom)} hasOlder={list.hasOlder} onShowOlder={onShowOlder} />
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
