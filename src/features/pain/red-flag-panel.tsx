import { useState } from 'react';
import { Link } from 'react-router';
import type { RedFlagId } from '@/domain/pain/red-flags';
import { newId, now } from '@/platform/clock';
import { writeHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import { redFlagRepo } from '@/storage/red-flag-repo';
import { RedFlagAdviceView, RedFlagChecklist } from '@/ui/red-flag-advice';

const redFlags = redFlagRepo(getDb());

type Save = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; flags: RedFlagId[] } | { kind: 'error'; message: string };

/** "Swelling, locking or giving way?" on the check page: the answer is stored, then the advice shown. */
export function RedFlagPanel({ sessionId, onCancel }: { sessionId: string | null; onCancel: () => void }) {
  const [flags, setFlags] = useState<RedFlagId[]>([]);
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const submit = async () => {
    setSave({ kind: 'saving' });
    try {
      const at = now();
      await redFlags.report({ id: newId(), at, flags, source: 'check', sessionId, clearedAt: null });
      writeHomeHint({ redFlag: { at, flags } });
      setSave({ kind: 'saved', flags });
    } catch (e) {
      setSave({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  if (save.kind === 'saved') {
    return (
      <section aria-labelledby="redflag-panel-title">
        <h2 id="redflag-panel-title">Stop exercising for now</h2>
        <RedFlagAdviceView flags={save.flags}>
          <p>Saved. Home will show this instead of Start until you tell Kneewise a clinician has checked your knee.</p>
        </RedFlagAdviceView>
        <Link to="/" className="button button-primary button-block">
          Done
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="redflag-panel-title">
      <h2 id="redflag-panel-title">Is any of this true right now?</h2>
      <RedFlagChecklist flags={flags} onChange={setFlags} />
      {save.kind === 'error' && (
        <p role="alert">Couldn’t save: {save.message}. Whether or not it is saved: stop exercising and see a clinician about these.</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={save.kind === 'saving'}>
          None of these
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={flags.length === 0 || save.kind === 'saving'}
          onClick={() => void submit()}
        >
          {save.kind === 'saving' ? 'Saving…' : 'Save and see what to do'}
        </button>
      </div>
    </section>
  );
}
