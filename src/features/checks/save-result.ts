import type { Assessment } from '@/domain/assessment/types';
import { newId, now } from '@/platform/clock';
import { addAssessment, deleteAssessment } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import type { NewResult } from '@/ui/self-check/self-check-form';

/** Stores a new result and resolves with it once committed. */
export async function saveResult(exerciseId: string, sessionId: string | null, r: NewResult): Promise<Assessment> {
  const record: Assessment = { id: newId(), at: now(), exerciseId, sessionId, note: '', ...r };
  await addAssessment(getDb(), record);
  return record;
}

export const undoResult = (record: Assessment) => deleteAssessment(getDb(), record.id);
