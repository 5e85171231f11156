import { Link } from 'react-router';
import type { Knee } from '@/domain/pain/types';

const KNEE = { left: 'left', right: 'right' } as const;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * The week-on-week rule in production: the pain-monitoring model (Thomeé 1997; Silbernagel 2007)
 * says pain shouldn't rise from one week to the next, and a 2-point rise is meaningful (Farrar 2001).
 */
export function RisingTrendCard({ knees }: { knees: readonly { knee: Knee; thisWeek: number; lastWeek: number }[] }) {
  return (
    <section className="card home-trend" aria-labelledby="home-trend-title">
      <h2 id="home-trend-title">Your knee pain is rising week on week</h2>
      <ul>
        {knees.map((k) => (
          <li key={k.knee}>
            Your {KNEE[k.knee]} knee: its worst pain each day averaged {oneDecimal(k.thisWeek)} this week, against {oneDecimal(k.lastWeek)}{' '}
            the week before — up about {oneDecimal(k.thisWeek - k.lastWeek)} points.
          </li>
        ))}
      </ul>
      <p>
        Pain may come and go during exercise, but it shouldn’t rise from one week to the next. Go easier for a few days: do the{' '}
        <Link to="/routines/gentle-flare-up-day">gentle flare-up day</Link> instead of your usual routine. If it keeps rising, see a
        clinician (GP or physiotherapist).
      </p>
    </section>
  );
}
