import { Link } from 'react-router';
import { PROGRAMME_ID, findProgramme } from '@/content/programme-catalog';
import { FOCUS_WORDS, retestState, selfCheckFocus } from '@/domain/assessment/focus';
import { focusWork } from '@/domain/programme/focus-work';
import type { LatestResults } from '@/domain/assessment/latest';
import { now } from '@/platform/clock';

const sidesWords = (sides: readonly string[]) => (sides.length === 2 ? 'both sides' : `${sides[0] ?? ''} side`);

/** What the newest self-checks point to — what the programme focuses on. */
export function FocusSection({ latest }: { latest: LatestResults }) {
  const focus = selfCheckFocus(latest);
  const retest = retestState(focus.basedOnAt, now());
  const programme = findProgramme(PROGRAMME_ID);
  const work = programme ? focusWork(programme, focus) : [];
  return (
    <section aria-labelledby="focus-title" className="card">
      <h2 id="focus-title">What to focus on</h2>
      {focus.items.length === 0 ? (
        <p>Nothing stands out in your latest self-checks: keep the balanced programme.</p>
      ) : (
        <ul>
          {focus.items.map((item) => (
            <li key={item.area}>
              <strong>
                {FOCUS_WORDS[item.area]} ({sidesWords(item.sides)})
              </strong>
              : {item.reason}
            </li>
          ))}
        </ul>
      )}
      {programme && (
        <>
          <h3>What the programme will focus on</h3>
          {work.length === 0 ? (
            <p>
              <Link to="/programme">{programme.name}</Link> stays balanced: the same work on both sides.
            </p>
          ) : (
            <>
              <p>
                <Link to="/programme">{programme.name}</Link> adds, until your next self-check:
              </p>
              <ul>
                {work.map((w) => (
                  <li key={w.routineId}>{w.words}.</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p className="muted">
        {retest === 'early'
          ? 'Check again in 2–4 weeks: sooner mostly shows day-to-day noise.'
          : retest === 'ok'
            ? 'A good time to check again (every 2–4 weeks).'
            : 'Time to check again: your last self-check is over 4 weeks old.'}{' '}
        A rough self-check, not a diagnosis.
      </p>
    </section>
  );
}
