import { redFlagText, redFlagTier } from '@/domain/pain/red-flags';
import type { RedFlagRecord, RedFlagSource } from '@/storage/records';
import { formatLongDate, formatTime } from './history-format';

const SOURCE_TEXT: Record<RedFlagSource, string> = {
  onboarding: 'at set-up',
  session: 'during a session',
  check: 'in a knee check',
};

const when = (t: number) => `${formatLongDate(t)}, ${formatTime(t)}`;

/** Red flags reported (when, which, where) and when a clinician's check was logged — History and the report. */
export function RedFlagSection({
  redFlags,
  headingClass,
  isReport = false,
}: {
  redFlags: readonly RedFlagRecord[];
  headingClass: string;
  isReport?: boolean;
}) {
  if (redFlags.length === 0 && !isReport) return null;
  return (
    <section className={headingClass} aria-labelledby="red-flags-title">
      <h2 id="red-flags-title">Red flags</h2>
      {redFlags.length === 0 ? (
        <p>No red flags reported in this period.</p>
      ) : (
        <ul className="red-flag-log">
          {redFlags.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{when(r.at)}</strong> ({SOURCE_TEXT[r.source]})
                {redFlagTier(r.flags) === 'urgent' ? ' — urgent care advised' : ' — advised to see a clinician'}
              </p>
              <ul>
                {r.flags.map((f) => (
                  <li key={f}>{redFlagText(f)}</li>
                ))}
              </ul>
              <p>{r.clearedAt === null ? 'Not yet checked by a clinician.' : `Checked by a clinician: logged ${when(r.clearedAt)}.`}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
