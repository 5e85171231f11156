import { Link } from 'react-router';
import { describeChange, type ChangeWord, type ExerciseImpact } from '@/domain/pain/trends';
import { formatChange } from './history-format';

const WORD: Record<ChangeWord, string> = {
  'meaningful-rise': 'worse, meaningfully',
  'noticeable-rise': 'a little worse',
  'about-the-same': 'about the same',
  'noticeable-fall': 'a little better',
  'meaningful-fall': 'better, meaningfully',
};

interface Props {
  caption: string;
  rows: readonly ExerciseImpact[];
}

/** Per exercise: the knee right after it against the session's start. Words carry the meaning, not colour. */
export function ImpactTable({ caption, rows }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table impact-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            <th scope="col">Change after it</th>
            <th scope="col">Red checks</th>
            <th scope="col">Checks</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.exerciseId} className={r.redCount > 0 ? 'has-red' : undefined}>
              <th scope="row">
                <Link to={`/exercises/${r.exerciseId}`}>{r.exerciseName}</Link>
              </th>
              <td>
                {r.meanChange === null ? (
                  <span className="muted">no “before” check to compare</span>
                ) : (
                  <>
                    <strong>{formatChange(r.meanChange)}</strong> <span className="change-word">{WORD[describeChange(r.meanChange)]}</span>
                  </>
                )}
              </td>
              <td>{r.redCount}</td>
              <td>{r.checkCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
