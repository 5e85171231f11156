import { findExercise } from '@/content/exercise-catalog';

interface Props {
  exerciseId: string;
  onUseAlternative: (alternativeId: string) => void;
  onKeep: () => void;
}

/** Shown when a stretch marked as a knee caution is added: why, and its knee-sparing alternative. */
export function KneeCaution({ exerciseId, onUseAlternative, onKeep }: Props) {
  const exercise = findExercise(exerciseId);
  if (!exercise) return null;
  const alternative = exercise.alternative ? findExercise(exercise.alternative) : undefined;
  return (
    <div className="card knee-caution" role="alert" aria-labelledby="knee-caution-title">
      <h3 id="knee-caution-title">{exercise.name} can strain the inner knee</h3>
      <p>{exercise.kneeNote}</p>
      {alternative && (
        <p>
          The knee-sparing alternative is <strong>{alternative.name}</strong>: {alternative.summary}
        </p>
      )}
      <div className="builder-step-actions">
        {alternative && (
          <button type="button" className="button button-primary" onClick={() => onUseAlternative(alternative.id)}>
            Use {alternative.name} instead
          </button>
        )}
        <button type="button" className="button" onClick={onKeep}>
          Keep {exercise.name}
        </button>
      </div>
    </div>
  );
}
