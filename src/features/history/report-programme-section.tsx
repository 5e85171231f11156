import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { findProgramme } from '@/content/programme-catalog';
import { planFacts } from '@/content/routine-catalog';
import { levelHistory, programmeWeekWords } from '@/domain/programme/level-history';
import { now } from '@/platform/clock';
import { localDay } from '@/platform/local-day';
import { getDb } from '@/storage/db';
import { programmeRepo } from '@/storage/programme-repo';

const repo = programmeRepo(getDb());
const date = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const nameOf = (id: string) => planFacts[id]?.name ?? id;

/** The programme week and every level change (up, down, declined, undone) with its reason, per run, newest run first. */
export function ProgrammeReportSection({ headingClass, isReport = false }: { headingClass: string; isReport?: boolean }) {
  const data = useLiveQuery(async () => ({ runs: await repo.runs(), changes: await repo.allChanges() }), []);
  if (!data) return null;
  const runs = [...data.runs].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <section className={headingClass} aria-labelledby="programme-history-title">
      <h2 id="programme-history-title">Programme and levels</h2>
      {runs.length === 0 && (
        <p>
          Not following a programme{isReport ? '.' : ''}
          {!isReport && (
            <>
              {' '}
              — <Link to="/programme">see the 8-week programme</Link>.
            </>
          )}
        </p>
      )}
      {runs.map((run) => {
        const programme = findProgramme(run.programmeId);
        const rows = programme
          ? levelHistory(
              programme,
              data.changes.filter((c) => c.runId === run.id),
              nameOf,
            )
          : [];
        const status =
          run.endedAt === null
            ? programme
              ? programmeWeekWords(programme, run.startDay, localDay(now()))
              : 'Running'
            : `Left on ${date(run.endedAt)}`;
        return (
          <div key={run.id} className="programme-run">
            <p>
              <strong>{programme?.name ?? run.programmeId}</strong>: started {date(run.startedAt)} · {status}
            </p>
            {rows.length === 0 ? (
              <p className="muted">No level changes yet.</p>
            ) : (
              <table className="report-table">
                <caption>Level changes, oldest first: each one offered by the progression rule or made by a red knee check</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Exercise</th>
                    <th scope="col">Change</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">{date(r.at)}</th>
                      <td>{r.ladder}</td>
                      <td>
                        {r.change}
                        {r.isUndone && ' (later undone)'}
                      </td>
                      <td>{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
