import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { baselineFor } from '@/domain/pain/make-checks';
import { judgeCheck, judgeNextMorning } from '@/domain/pain/rules';
import type { Knee, PainCheck } from '@/domain/pain/types';
import { newId, now } from '@/platform/clock';
import { useDocumentTitle } from '@/platform/use-document-title';
import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { settingsRepo } from '@/storage/settings-repo';
import { PainPrompt } from '@/ui/pain-prompt/pain-prompt';
import { usePainEntry } from '@/ui/pain-prompt/use-pain-entry';
import { CheckResult } from './check-result';
import { RedFlagPanel } from './red-flag-panel';

const pain = painRepo(getDb());
const settings = settingsRepo(getDb());
const BOTH: readonly Knee[] = ['left', 'right'];

/** /check — an ad-hoc pain check; /check?phase=next-morning&session=<id> — the morning after a session. */
export function CheckPage() {
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const isMorning = params.get('phase') === 'next-morning' && sessionId !== null;
  useDocumentTitle(isMorning ? 'Morning knee check' : 'Knee check');
  // undefined while IndexedDB is read, null when no profile: then ask about both knees.
  const profile = useLiveQuery(() => settings.profile(), []);
  const knees = profile?.knees ?? BOTH;
  const sessionChecks = useLiveQuery(async (): Promise<PainCheck[]> => (sessionId ? pain.forSession(sessionId) : []), [sessionId]) ?? [];
  const [isDone, setDone] = useState(false);
  const [isAskingRedFlags, setAskingRedFlags] = useState(false);
  const context = useCallback(
    () => ({
      at: now(),
      sessionId: isMorning ? sessionId : null,
      exerciseId: null,
      phase: isMorning ? ('next-morning' as const) : ('ad-hoc' as const),
    }),
    [isMorning, sessionId],
  );
  const entry = usePainEntry({ knees, context, save: pain.save, remove: pain.remove, newId });
  const judge = (knee: Knee, score: number) =>
    isMorning && sessionId ? judgeNextMorning(score, baselineFor(sessionChecks, sessionId, knee)) : judgeCheck(score, null);
  const noPain = () => {
    void entry.noPain().then((saved) => saved && setDone(true));
  };

  if (isDone) return <CheckResult verdicts={[]} isMorning={isMorning} />;
  if (isAskingRedFlags) {
    return (
      <div className="page">
        <RedFlagPanel sessionId={isMorning ? sessionId : null} onCancel={() => setAskingRedFlags(false)} />
      </div>
    );
  }
  if (profile === undefined) {
    return (
      <div className="page" aria-busy="true">
        <p role="status">Loading…</p>
      </div>
    );
  }
  const verdicts = knees.flatMap((k) => {
    const e = entry.entries[k];
    return e?.status === 'saved' ? [{ knee: k, verdict: judge(k, e.score) }] : [];
  });
  return (
    <div className="page">
      <PainPrompt
        title={isMorning ? 'How is your knee this morning?' : 'How is your knee right now?'}
        knees={knees}
        entry={entry}
        onNoPain={noPain}
        judge={judge}
        titleLevel={1}
        onRedFlags={() => setAskingRedFlags(true)}
      >
        <CheckResult verdicts={verdicts} isMorning={isMorning} />
      </PainPrompt>
      <p>
        <Link to="/">Back to today</Link>
      </p>
    </div>
  );
}
