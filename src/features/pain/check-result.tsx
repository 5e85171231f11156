import { Link } from 'react-router';
import type { Knee, PainVerdict } from '@/domain/pain/types';

/** What a saved check means, in words, with what to do next. */
export function CheckResult({ verdicts, isMorning }: { verdicts: { knee: Knee; verdict: PainVerdict }[]; isMorning: boolean }) {
  const isRed = verdicts.some((v) => v.verdict.light === 'red');
  const isWorseMorning = verdicts.some((v) => v.verdict.reasons.includes('worse-next-morning'));
  return (
    <div className="check-result" role="status">
      {verdicts.length === 0 ? (
        <p className="verdict verdict-green">Saved: no knee pain. Good to go.</p>
      ) : isWorseMorning ? (
        <p className="verdict verdict-red">
          Your knee is worse than before yesterday’s session. Go easier today — try the{' '}
          <Link to="/routines/gentle-flare-up-day">gentle flare-up day</Link> — and see which exercise flared it in History.
        </p>
      ) : isRed ? (
        <p className="verdict verdict-red">
          That’s more than 5 out of 10. Rest the knee today or do only the gentle flare-up day. If it doesn’t settle, or it swells, locks or
          gives way, see a clinician.
        </p>
      ) : (
        <p className="verdict verdict-green">
          Saved. {isMorning ? 'Settled by morning: carry on as planned.' : 'Thanks — it’s in your log.'}
        </p>
      )}
      <Link to="/" className="button button-primary button-block">
        Done
      </Link>
    </div>
  );
}
