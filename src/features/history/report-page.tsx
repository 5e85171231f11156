import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { kneeImpact, weekAdherence, type WeekRange } from '@/domain/pain/trends';
import { printPage } from '@/platform/print';
import { useDocumentTitle } from '@/platform/use-document-title';
import { now as currentTime } from '@/platform/clock';
import type { SessionRecord } from '@/storage/records';
import { lastWeeks } from './calendar';
import { REPORT_PERIODS, WEEKLY_TARGET, type ReportPeriod } from './history-constants';
import { formatLongDate } from './history-format';
import { ImpactTable } from './impact-table';
import { KneeTrendView } from './knee-trend-view';
import { kneeTrends } from './pain-trend';
import { AdherenceSection, ChoicesSection, ProfileSection, type AdherenceWeek } from './report-sections';
import { RedFlagSection } from './red-flag-section';
import { ProgrammeReportSection } from './report-programme-section';
import { ProgressReportSection } from './report-progress-section';
import { useExercisePrefs, usePainChecksSince, useProfile, useRedFlags, useSessionsSince } from './use-history-data';
import './history.css';
import './report.css';

function adherenceByWeek(sessions: readonly SessionRecord[], weeks: readonly WeekRange[]): AdherenceWeek[] {
  return weeks.map((w) => ({ start: w.start, ...weekAdherence(sessions, w.start, WEEKLY_TARGET, w.end) }));
}

/** A printable summary for a physio. The period lives in the URL (?weeks=8), so a reload prints the same. */
export function ReportPage() {
  useDocumentTitle('Report for my physio');
  const [params, setParams] = useSearchParams();
  const period: ReportPeriod = params.get('weeks') === '8' ? 8 : 4;
  const [now] = useState(currentTime);
  const weeks = useMemo(() => lastWeeks(now, period), [now, period]);
  const from = weeks[0]?.start ?? now;
  const stored = useSessionsSince(from);
  const checks = usePainChecksSince(from);
  const prefs = useExercisePrefs();
  const profile = useProfile();
  const allRedFlags = useRedFlags();
  // The period's red flags, and any older one still waiting for a clinician's check.
  const redFlags = useMemo(
    () => allRedFlags?.filter((r) => r.at >= from || r.clearedAt === null || r.clearedAt >= from),
    [allRedFlags, from],
  );
  const trends = useMemo(() => (checks ? kneeTrends(checks, weeks) : undefined), [checks, weeks]);
  const flagged = useMemo(
    () => (checks && stored ? kneeImpact(checks, stored.sessions).filter((r) => r.redCount > 0) : undefined),
    [checks, stored],
  );
  const isLoading = !stored || !trends || !flagged || !prefs || !redFlags || profile === undefined;

  return (
    <article className="page report">
      <p className="breadcrumb no-print">
        <Link to="/history">← History</Link>
      </p>
      <h1>Report for my physio</h1>
      <p className="report-meta">
        Knee pain and home exercise, {formatLongDate(from)} to {formatLongDate(now)} ({period} weeks). Generated {formatLongDate(now)} by
        Kneewise.
      </p>
      <p className="report-disclaimer">General guidance, not a diagnosis. Scores are self-reported on a 0–10 scale.</p>
      <div className="report-controls no-print">
        <div className="period-toggle" role="group" aria-label="Period">
          {REPORT_PERIODS.map((w) => (
            <button
              key={w}
              type="button"
              className="chip"
              aria-pressed={w === period}
              onClick={() => setParams(w === 4 ? {} : { weeks: String(w) }, { replace: true })}
            >
              Last {w} weeks
            </button>
          ))}
        </div>
        <button type="button" className="button button-primary" onClick={printPage} disabled={isLoading}>
          Print
        </button>
      </div>
      {isLoading ? (
        <p role="status">Loading the report…</p>
      ) : (
        <>
          <ProfileSection profile={profile} />
          <RedFlagSection redFlags={redFlags} headingClass="report-section" isReport />
          <AdherenceSection weeks={adherenceByWeek(stored.sessions, weeks)} target={WEEKLY_TARGET} />
          <section className="report-section" aria-labelledby="pain-report-title">
            <h2 id="pain-report-title">Knee pain per week</h2>
            <p>Worst and average score per week. A change of 2 points or more is clinically meaningful (Farrar 2001).</p>
            {trends.length === 0 ? (
              <p>No pain checks in this period.</p>
            ) : (
              trends.map((t) => <KneeTrendView key={t.knee} trend={t} weeks={weeks} isTableVisible />)
            )}
          </section>
          <section className="report-section" aria-labelledby="flagged-title">
            <h2 id="flagged-title">Exercises that flared the knee</h2>
            {flagged.length === 0 ? (
              <p>No red checks after an exercise in this period.</p>
            ) : (
              <ImpactTable
                caption="Exercises with at least one red check right after them (above 5, or 2 or more above the start of the session)"
                rows={flagged}
              />
            )}
          </section>
          <ChoicesSection prefs={prefs} />
          <ProgressReportSection headingClass="report-section" isReport />
          <ProgrammeReportSection headingClass="report-section" isReport />
        </>
      )}
      <p className="report-disclaimer report-footer">
        General guidance, not a diagnosis. Red flags — swelling, locking, giving way, not taking weight, a hot red joint, pain after a fall
        or twist — mean stopping and seeing a clinician.
      </p>
    </article>
  );
}
