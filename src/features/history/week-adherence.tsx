import type { WeekAdherence } from '@/domain/pain/trends';
import { formatWeekday, formatWeekdayInitial } from './history-format';

export interface AdherenceDay {
  dayStart: number;
  sessions: number;
  isToday: boolean;
  isFuture: boolean;
}

/** "3 of 5 sessions this week", and the week's seven days as dots, each with its words for screen readers. */
export function WeekAdherenceView({ adherence, days }: { adherence: WeekAdherence; days: readonly AdherenceDay[] }) {
  const { finished, target } = adherence;
  return (
    <section className="card adherence" aria-labelledby="adherence-title">
      <h2 id="adherence-title">This week</h2>
      <p className="adherence-count">
        <strong>
          {finished} of {target}
        </strong>{' '}
        sessions this week{adherence.isTargetMet ? ' — target reached' : ''}
      </p>
      {(adherence.endedEarly > 0 || adherence.notCounted > 0) && (
        <p className="muted small">
          {adherence.endedEarly} ended early
          {adherence.notCounted > 0 ? ` · ${adherence.notCounted} stopped before any exercise, not counted` : ''}
        </p>
      )}
      <ol className="week-dots" aria-label="Sessions by day">
        {days.map((d) => (
          <li key={d.dayStart} className="week-day" aria-current={d.isToday ? 'date' : undefined}>
            <span className={`week-dot${d.sessions > 0 ? ' is-done' : ''}${d.isFuture ? ' is-future' : ''}`} aria-hidden="true">
              {d.sessions > 1 ? d.sessions : ''}
            </span>
            <span aria-hidden="true">{formatWeekdayInitial(d.dayStart)}</span>
            <span className="visually-hidden">
              {formatWeekday(d.dayStart)}
              {d.isToday ? ' (today)' : ''}:{' '}
              {d.isFuture ? 'to come' : d.sessions === 0 ? 'no session' : d.sessions === 1 ? '1 session' : `${d.sessions} sessions`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
