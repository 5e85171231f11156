import { Link } from 'react-router';

interface Props {
  href: string;
  name: string;
  summary: string;
  minutes: string;
  exerciseCount: number;
}

export function RoutineCard({ href, name, summary, minutes, exerciseCount }: Props) {
  return (
    <Link to={href} className="card routine-card">
      <span className="routine-card-name">{name}</span>
      <span className="muted">{summary}</span>
      <span className="routine-card-meta">
        <span className="tag">{minutes}</span> <span className="tag">{exerciseCount} exercises</span>
      </span>
    </Link>
  );
}
