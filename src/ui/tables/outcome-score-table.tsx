import { formatScore, type ScorePoint } from '@/domain/outcome/psfs';

interface Props {
  points: readonly ScorePoint[];
  caption: string;
  /** On screen the heading above says what it is; a printed report shows the caption. */
  isCaptionHidden?: boolean;
  className: string;
}

/** The weekly outcome score (PSFS mean) by week: the one table /progress, History and the report share. */
export function OutcomeScoreTable({ points, caption, isCaptionHidden = false, className }: Props) {
  return (
    <table className={className}>
      <caption className={isCaptionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Score (0–10)</th>
          <th scope="col">Activities rated</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.weekOf}>
            <th scope="row">{p.weekOf}</th>
            <td>{formatScore(p.score)}</td>
            <td>{p.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
