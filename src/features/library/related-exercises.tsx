import { Link } from 'react-router';
import { findExercise } from '@/content/exercise-catalog';
import type { Exercise } from '@/content/catalog-types';

const RELATIONS = [
  ['alternative', 'Knee-sparing alternative'],
  ['regression', 'Easier version'],
  ['progression', 'Harder version'],
] as const;

export function RelatedExercises({ exercise }: { exercise: Exercise }) {
  const links = RELATIONS.flatMap(([field, label]) => {
    const target = exercise[field] ? findExercise(exercise[field]) : undefined;
    return target ? [{ label, target }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="related">
      <h2 id="related">Related</h2>
      <ul className="card-list">
        {links.map(({ label, target }) => (
          <li key={label}>
            <Link className="card related-card" to={`/exercises/${target.id}`}>
              <span className="muted">{label}</span>
              <strong>{target.name}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
