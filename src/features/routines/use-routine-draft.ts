import { useCallback, useEffect, useRef, useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import { isSameRoutine } from '@/domain/routines/edit-routine';
import { OWN_ROUTINE_PREFIX, validateUserRoutine, type RoutineIssue } from '@/domain/routines/user-routine';
import { newId, now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import type { UserRoutineRecord } from '@/storage/records';
import { commitRoutineDraft, deleteRoutineDraft, getRoutineDraft, NEW_DRAFT_ID, saveRoutineDraft } from '@/storage/routine-draft-repo';
import { getUserRoutine } from '@/storage/user-routine-repo';

export type DraftState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; saved: UserRoutineRecord | null; draft: UserRoutineRecord; restoredAt: number | null };

const blank = (): UserRoutineRecord => ({ id: `${OWN_ROUTINE_PREFIX}${newId()}`, name: '', steps: [], createdAt: now() });

/**
 * The routine being edited: every change is written to routineDrafts at once (in order), so a reload
 * or a killed tab loses nothing; Save commits it, Discard drops it.
 */
export function useRoutineDraft(routineId: string | null) {
  const draftId = routineId ?? NEW_DRAFT_ID;
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let isCancelled = false;
    const db = getDb();
    Promise.all([routineId ? getUserRoutine(db, routineId) : null, getRoutineDraft(db, draftId)]).then(
      ([saved, draft]) => {
        if (isCancelled) return;
        if (routineId && !saved) setState({ status: 'missing' });
        else
          setState({
            status: 'ready',
            saved: saved ?? null,
            draft: draft?.routine ?? saved ?? blank(),
            restoredAt: draft?.updatedAt ?? null,
          });
      },
      (e: unknown) => !isCancelled && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      isCancelled = true;
    };
  }, [routineId, draftId]);

  const queue = (write: () => Promise<unknown>) => (writes.current = writes.current.then(write, write));

  const update = useCallback(
    (edit: (r: UserRoutineRecord) => UserRoutineRecord) => {
      setState((s) => {
        if (s.status !== 'ready') return s;
        const draft = edit(s.draft);
        const isClean = s.saved ? isSameRoutine(draft, s.saved) : false;
        void queue(() => (isClean ? deleteRoutineDraft(getDb(), draftId) : saveRoutineDraft(getDb(), draftId, draft, now())));
        return { ...s, draft };
      });
    },
    [draftId],
  );

  const ready = state.status === 'ready' ? state : null;
  const isDirty = ready
    ? ready.saved
      ? !isSameRoutine(ready.draft, ready.saved)
      : ready.draft.steps.length > 0 || ready.draft.name !== ''
    : false;

  /** Validates, then saves; returns the issues (nothing saved) or the saved record. */
  const save = async (): Promise<RoutineIssue[] | UserRoutineRecord> => {
    if (!ready) return [];
    const issues = validateUserRoutine(ready.draft, planFacts);
    if (issues.length > 0) return issues;
    const record = { ...ready.draft, name: ready.draft.name.trim(), updatedAt: now() };
    await queue(() => commitRoutineDraft(getDb(), draftId, record));
    setState({ ...ready, saved: record, draft: record, restoredAt: null });
    return record;
  };

  const discard = async () => {
    await queue(() => deleteRoutineDraft(getDb(), draftId));
    setState((s) => (s.status === 'ready' ? { ...s, draft: s.saved ?? blank(), restoredAt: null } : s));
  };

  return { state, update, save, discard, isDirty };
}
