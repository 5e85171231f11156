import { Link } from 'react-router';
import type { Exercise } from '@/content/catalog-types';
import { ExerciseFigure } from '@/ui/figure/exercise-figure';
import { THUMBNAIL } from '@/ui/figure/thumbnail-frame';
import { formatDosage, KIND_LABELS } from '@/ui/format';
import { KneeTag } from '@/ui/knee-tag';

/** `showKind` where the list is not grouped by kind (a ranked search). */
export function ExerciseCard({ exercise, showKind = false }: { exercise: Exercise; showKind?: boolean }) {
  return (
    <Link to={`/exercises/${exercise.id}`} className="card exercise-card">
      <ExerciseFigure
        illustration={exercise.illustration}
        animate={false}
        // library.css sizes the frame to THUMBNAIL; the figure frames the worked body part in it.
        thumbnail={THUMBNAIL}
        className="exercise-card-figure"
        decorative
      />
      <span className="exercise-card-text">
        <span className="exercise-card-name">{exercise.name}</span>
        <span className="exercise-card-summary">{exercise.summary}</span>
        <span className="exercise-card-meta">
          {showKind && <span className="exercise-card-kind">{KIND_LABELS[exercise.kind]}</span>}
          <span>{formatDosage(exercise.dosage, exercise.sides)}</span>
          <KneeTag load={exercise.kneeLoad} />
        </span>
      </span>
    </Link>
  );
}
