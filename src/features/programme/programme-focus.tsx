import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { Programme } from '@/content/programme-catalog';
import { selfCheckFocus } from '@/domain/assessment/focus';
import { focusWork } from '@/domain/programme/focus-work';
import { latestByKind } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';

/** What the newest self-checks add to the plan, in plain words (the same rule the player builds with). */
export function ProgrammeFocus({ programme }: { programme: Programme }) {
  const latest = useLiveQuery(() => latestByKind(getDb()), []);
  if (latest === undefined) return null;
  const focus = selfCheckFocus(latest);
  const work = focusWork(programme, focus);
  return (
    <section aria-labelledby="focus-title">
      <h2 id="focus-title">From your self-checks</h2>
      {focus.basedOnAt === null ? (
        <p>
          No self-check recorded yet. The hip self-assessment on day 1 tells the programme which side needs more; until then both sides get
          the same work.
        </p>
      ) : work.length === 0 ? (
        <p>Nothing stands out in your latest self-checks, so both sides get the same work.</p>
      ) : (
        <ul className="card-list">
          {work.map((w) => (
            <li key={w.routineId} className="card">
              {w.words}.
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        <Link to="/progress">Your progress</Link> shows the results side by side.
      </p>
    </section>
  );
}
