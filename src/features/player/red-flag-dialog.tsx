import { useState, type MouseEvent, type Ref } from 'react';
import type { RedFlagId } from '@/domain/pain/red-flags';
import { newId, now } from '@/platform/clock';
import { writeHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import { redFlagRepo } from '@/storage/red-flag-repo';
import { RedFlagChecklist } from '@/ui/red-flag-advice';

interface Props {
  ref: Ref<HTMLDialogElement>;
  onStop: (flags: RedFlagId[]) => void;
}

/** "Swelling, locking or giving way?" — any yes stops the session with advice to see a clinician. */
export function RedFlagDialog({ ref, onStop }: Props) {
  const [flags, setFlags] = useState<RedFlagId[]>([]);
  const [isStopping, setStopping] = useState(false);
  const stop = (e: MouseEvent) => {
    // No form submission: the session ends (and this dialog unmounts) only once the answer is stored.
    e.preventDefault();
    setStopping(true);
    onStop(flags);
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="redflag-title">
      <form method="dialog">
        <h2 id="redflag-title">Is any of this true right now?</h2>
        <RedFlagChecklist flags={flags} onChange={setFlags} />
        <div className="dialog-actions">
          <button type="submit" className="button" value="cancel" disabled={isStopping}>
            None of these
          </button>
          <button type="button" className="button button-primary" disabled={flags.length === 0 || isStopping} onClick={stop}>
            {isStopping ? 'Saving…' : 'Stop the session'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const redFlags = redFlagRepo(getDb());

/**
 * Store a red-flag answer given during a session, before the screen says it stopped. Resolves to
 * whether it was stored: a failed write must not keep the session running, but the user is told.
 */
export async function saveSessionRedFlags(flags: readonly RedFlagId[], sessionId: string): Promise<boolean> {
  try {
    const at = now();
    await redFlags.report({ id: newId(), at, flags: [...flags], source: 'session', sessionId, clearedAt: null });
    writeHomeHint({ redFlag: { at, flags: [...flags] } });
    return true;
  } catch {
    return false;
  }
}
