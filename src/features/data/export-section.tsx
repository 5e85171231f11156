import { useRef, useState, type ReactNode } from 'react';
import { passphraseProblem, type PassphraseProblem } from '@/domain/backup/passphrase';
import { now } from '@/platform/clock';
import { shareOrDownload } from '@/platform/share-file';
import { BACKUP_TABLES, countLabel } from '@/storage/backup-format';
import { getDb } from '@/storage/db';
import { scheduleRepo } from '@/storage/schedule-repo';
import { buildExport, type ExportKind } from './build-exports';
import { EncryptOption, type EncryptChoice } from './encrypt-option';
import { useRecordCounts } from './use-record-counts';

type Message = { tone: 'ok' | 'warn' | 'error'; text: string } | null;

const NO_PASSPHRASE: EncryptChoice = { protect: false, first: '', second: '', shown: false };

export function ExportSection() {
  const counts = useRecordCounts();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [choice, setChoice] = useState<EncryptChoice>(NO_PASSPHRASE);
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);
  const isLocking = busy === 'json' && choice.protect;

  async function run(kind: ExportKind) {
    const locking = kind === 'json' && choice.protect;
    const found = locking ? passphraseProblem(choice.first, choice.second) : null;
    setProblem(found);
    if (found) {
      (found.field === 'first' ? firstRef : secondRef).current?.focus();
      return;
    }
    setBusy(kind);
    setMessage(null);
    try {
      const built = await buildExport(kind, now(), locking ? choice.first : undefined);
      const outcome = await shareOrDownload(built.file);
      const warning = outcome === 'cancelled' ? null : built.restoreProblem();
      // For "last backup: N days ago": only a full backup counts, and only one that was saved.
      if (kind === 'json' && outcome !== 'cancelled') await scheduleRepo(getDb()).setLastBackupAt(now());
      const locked = locking ? ', locked with your passphrase' : '';
      if (outcome === 'cancelled') setMessage({ tone: 'warn', text: 'Sharing was cancelled, so nothing was saved.' });
      else if (warning)
        setMessage({ tone: 'warn', text: `Saved ${built.file.name}, but Kneewise could not restore it as it is: ${warning}` });
      else
        setMessage({
          tone: 'ok',
          text: `${outcome === 'shared' ? 'Shared' : 'Downloaded'} ${built.file.name} (${built.summary}${locked}).`,
        });
      // The passphrase is not kept on screen or in memory longer than the file needs it.
      if (locking && outcome !== 'cancelled') setChoice({ ...NO_PASSPHRASE, protect: true });
    } catch (error) {
      setMessage({ tone: 'error', text: `The file could not be made: ${error instanceof Error ? error.message : 'unknown error'}.` });
    } finally {
      setBusy(null);
    }
  }

  const button = (kind: ExportKind, label: string, detail: string, before?: ReactNode) => (
    <li className="export-item">
      {before}
      <button
        type="button"
        className={`button button-block${kind === 'json' ? ' button-primary' : ''}`}
        disabled={busy !== null}
        aria-describedby={`export-${kind}-detail`}
        onClick={() => void run(kind)}
      >
        {busy === kind ? (isLocking ? 'Locking…' : 'Preparing…') : label}
      </button>
      <p id={`export-${kind}-detail`} className="muted small">
        {detail}
      </p>
    </li>
  );

  return (
    <section aria-labelledby="export-title" className="data-section" aria-busy={busy !== null}>
      <h2 id="export-title" tabIndex={-1}>
        Download a copy
      </h2>
      <p>A backup file holds everything. Keep it somewhere other than this phone — your files app, a cloud drive, an email to yourself.</p>
      {!counts && <p role="status">Counting what is stored…</p>}
      {counts && (
        <ul className="export-list">
          {button(
            'json',
            'Download backup (JSON)',
            `For restoring: ${BACKUP_TABLES.map((t) => countLabel(t, counts[t])).join(', ')}.`,
            <EncryptOption
              choice={choice}
              problem={problem}
              disabled={busy !== null}
              firstRef={firstRef}
              secondRef={secondRef}
              onChange={(next) => {
                setChoice(next);
                setProblem(null);
              }}
            />,
          )}
          {button('pain', 'Pain checks (CSV)', `For a spreadsheet or your physio: ${countLabel('painChecks', counts.painChecks)}.`)}
          {button('sessions', 'Sessions (CSV)', `For a spreadsheet: ${countLabel('sessions', counts.sessions)}.`)}
        </ul>
      )}
      <div role="status" aria-live="polite">
        {isLocking && (
          <div className="locking">
            <p>Locking the backup with your passphrase. This takes a few seconds on purpose: it makes guessing the passphrase slow too.</p>
            <progress aria-label="Locking the backup" />
          </div>
        )}
        {message && message.tone !== 'error' && (
          <p className={message.tone === 'ok' ? 'callout' : 'callout callout-caution'}>{message.text}</p>
        )}
      </div>
      {message?.tone === 'error' && (
        <p role="alert" className="callout callout-caution">
          {message.text}
        </p>
      )}
    </section>
  );
}
