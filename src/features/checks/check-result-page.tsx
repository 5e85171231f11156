import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { findExercise } from '@/content/exercise-catalog';
import { checkKindOf } from '@/domain/assessment/types';
import { useDocumentTitle } from '@/platform/use-document-title';
import { latestByKind } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { ResultWords } from '@/ui/self-check/result-words';
import { SelfCheckForm } from '@/ui/self-check/self-check-form';
import { saveResult, undoResult } from './save-result';
import '@/ui/self-check/self-check.css';

/** /checks/:exerciseId — do one self-check and record its result, outside a session. */
export function CheckResultPage() {
  const { exerciseId = '' } = useParams();
  const exercise = findExercise(exerciseId);
  useDocumentTitle(exercise ? `Record: ${exercise.name}` : 'Self-check');
  const latest = useLiveQuery(() => latestByKind(getDb()), []);
  if (!exercise || checkKindOf(exerciseId) === null)
    return (
      <div className="page">
        <h1>Not a self-check</h1>
        <p>
          There is no self-check called “{exerciseId}”. <Link to="/progress">See your progress</Link>.
        </p>
      </div>
    );
  const previous = latest?.[exerciseId as keyof typeof latest];
  return (
    <div className="page self-check-page">
      <h1>{exercise.name}</h1>
      <p className="page-intro">{exercise.summary}</p>
      <ol className="self-check-steps">
        {exercise.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <section aria-labelledby="record-title">
        <h2 id="record-title">Record your result</h2>
        <SelfCheckForm exerciseId={exerciseId} onSave={(r) => saveResult(exerciseId, null, r)} onUndo={undoResult} />
      </section>
      {previous && (
        <section aria-labelledby="last-title">
          <h2 id="last-title">
            Last time ({new Date(previous.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })})
          </h2>
          <ResultWords record={previous} />
        </section>
      )}
      <p>
        <Link to="/progress">Your progress</Link> · <Link to={`/exercises/${exerciseId}`}>About this check</Link>
      </p>
    </div>
  );
}
