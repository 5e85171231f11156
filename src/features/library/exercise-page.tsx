import { Link, useParams } from 'react-router';
import { findExercise, findSource } from '@/content/exercise-catalog';
import type { Exercise } from '@/content/catalog-types';
import { usePrefersReducedMotion } from '@/platform/use-reduced-motion';
import { useDocumentTitle } from '@/platform/use-document-title';
import { PlayableFigure } from '@/ui/figure/playable-figure';
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, KIND_LABELS } from '@/ui/format';
import { KneeTag } from '@/ui/knee-tag';
import { DosagePanel } from './dosage-panel';
import { RelatedExercises } from './related-exercises';
import { SourceList } from './source-list';
import './library.css';

export function ExercisePage() {
  const { exerciseId = '' } = useParams();
  const exercise = findExercise(exerciseId);
  useDocumentTitle(exercise?.name ?? 'Exercise not found');
  if (!exercise) {
    return (
      <div className="page">
        <h1>Exercise not found</h1>
        <p>There is no exercise called “{exerciseId}”.</p>
        <Link to="/exercises">Browse the library</Link>
      </div>
    );
  }
  return <ExerciseDetail exercise={exercise} />;
}

function ExerciseDetail({ exercise }: { exercise: Exercise }) {
  const isReducedMotion = usePrefersReducedMotion();
  const alternative = exercise.alternative ? findExercise(exercise.alternative) : undefined;
  return (
    <article className="page page-wide exercise-page">
      <p className="breadcrumb">
        <Link to="/exercises">← Library</Link>
      </p>
      <h1>{exercise.name}</h1>
      <p className="exercise-tags">
        <span className="tag">{KIND_LABELS[exercise.kind]}</span> <KneeTag load={exercise.kneeLoad} />
      </p>
      {/* The figure first: it opens in full above the tab bar, the knee warning right below it. */}
      <figure className="exercise-figure">
        <PlayableFigure illustration={exercise.illustration} animate={!isReducedMotion} className="exercise-figure-frame" />
        {/* The image is already named by the same words; read them once. */}
        <figcaption className="muted" aria-hidden="true">
          {exercise.illustration.caption}
        </figcaption>
      </figure>
      {exercise.kneeLoad === 'caution' && (
        <div className="callout callout-caution" role="note" aria-label="Knee warning">
          <p>
            <strong>Careful with your inner knee.</strong> {exercise.kneeNote}
          </p>
          {alternative && (
            <p>
              Try instead: <Link to={`/exercises/${alternative.id}`}>{alternative.name}</Link>
            </p>
          )}
        </div>
      )}
      <p className="lead">{exercise.summary}</p>
      <p className="why-line">
        <strong>Why this helps your knee:</strong> {exercise.whyForKnee.text}{' '}
        <span className="muted small">({exercise.whyForKnee.sources.map(sourceLabel).join('; ')})</span>
      </p>
      <DosagePanel exercise={exercise} />
      {exercise.moveOnWhen && (
        <p className="move-on">
          <strong>When to move on:</strong> {exercise.moveOnWhen}
        </p>
      )}
      <section aria-labelledby="steps">
        <h2 id="steps">How to do it</h2>
        <ol className="steps">
          {exercise.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="cues">
        <h2 id="cues">Cues</h2>
        <ul>
          {exercise.cues.map((cue) => (
            <li key={cue}>{cue}</li>
          ))}
        </ul>
      </section>
      {exercise.kneeLoad !== 'caution' && (
        <div className="callout" role="note" aria-label="Knee note">
          <p>
            <strong>Your knee:</strong> {exercise.kneeNote}
          </p>
        </div>
      )}
      <section aria-labelledby="cautions">
        <h2 id="cautions">Cautions</h2>
        <ul>
          {exercise.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="why">
        <h2 id="why">Why it helps</h2>
        {/* Our own Markdown, rendered at build time; never user input. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: exercise.html }} />
      </section>
      <section aria-labelledby="details">
        <h2 id="details">Details</h2>
        <dl className="facts">
          <dt>Works</dt>
          <dd>{exercise.targets.join(', ')}</dd>
          <dt>Body area</dt>
          <dd>{exercise.bodyAreas.map((a) => BODY_AREA_LABELS[a]).join(', ')}</dd>
          <dt>Equipment</dt>
          <dd>{exercise.equipment.map((e) => EQUIPMENT_LABELS[e]).join(', ')}</dd>
        </dl>
      </section>
      {exercise.kind === 'assess' && (
        <p>
          <Link to={`/checks/${exercise.id}`} className="button">
            Record your result
          </Link>
        </p>
      )}
      <RelatedExercises exercise={exercise} />
      <SourceList ids={exercise.sources} />
    </article>
  );
}

/** The claim's support, named briefly beside it; the full citation is in the Source list below. */
function sourceLabel(id: string): string {
  const source = findSource(id);
  return source?.short ?? source?.title ?? id;
}
