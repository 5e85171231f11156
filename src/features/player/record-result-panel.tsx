import { checkKindOf, type Assessment } from '@/domain/assessment/types';
import { now } from '@/platform/clock';
import { addAssessment, deleteAssessment } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { SelfCheckForm } from '@/ui/self-check/self-check-form';
import '@/ui/self-check/self-check.css';

/**
 * "Record your result" under a self-check's step in the player. One result per check per session
 * (the id is deterministic), so recording again on the next set or side edits the same result.
 */
export function RecordResultPanel({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  if (checkKindOf(exerciseId) === null) return null;
  const id = `${sessionId}:${exerciseId}`;
  return (
    <details className="record-result">
      <summary>Record your result</summary>
      <SelfCheckForm
        key={id}
        exerciseId={exerciseId}
        onSave={async (r) => {
          const record = { id, at: now(), exerciseId, sessionId, note: '', ...r } as Assessment;
          await addAssessment(getDb(), record);
          return record;
        }}
        onUndo={(record) => deleteAssessment(getDb(), record.id)}
      />
    </details>
  );
}
