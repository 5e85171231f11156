import { useState } from 'react';
import { now } from '@/platform/clock';
import { shareOrDownload } from '@/platform/share-file';
import { BACKUP_TABLES, countLabel } from '@/storage/backup-format';
import { getDb } from '@/storage/db';
import { scheduleRepo } from '@/storage/schedule-repo';
import { buildExport, type ExportKind } from './build-exports';
import { useRecordCounts } from './use-record-counts';

type Message = { tone: 'ok' | 'warn' | 'error'; text: string } | null;

export function ExportSection() {
  const counts = useRecordCounts();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState<Message>(null);

  async function run(kind: ExportKind) {
    setBusy(kind);
    setMessage(null);
    try {
      const built = await buildExport(kind, now());
      const outcome = await shareOrDownload(built.file);
      // For "last backup: N days ago": only a full backup counts, and only one that was saved.
      if (kind === 'json' && outcome !== 'cancelled') await scheduleRepo(getDb()).setLastBackupAt(now());
      if (outcome === 'cancelled') setMessage({ tone: 'warn', text: 'Sharing was cancelled, so nothing was saved.' });
      else if (built.warning)
        setMessage({ tone: 'warn', text: `Saved ${built.file.name}, but Kneewise could not restore it as it is: ${built.warning}` });
      else setMessage({ tone: 'ok', text: `${outcome === 'shared' ? 'Shared' : 'Downloaded'} ${built.file.name} (${built.summary}).` });
    } catch (error) {
      setMessage({ tone: 'error', text: `The file could not be made: ${error instanceof Error ? error.message : 'unknown error'}.` });
    } finally {
      setBusy(null);
    }
  }

  const button = (kind: ExportKind, label: string, detail: string) => (
    <li className="export-item">
      <button
        type="button"
        className={`button button-block${kind === 'json' ? ' button-primary' : ''}`}
        disabled={busy !== null}
        aria-describedby={`export-${kind}-detail`}
        onClick={() => void run(kind)}
      >
        {busy === kind ? 'Preparing…' : label}
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
          {button('json', 'Download backup (JSON)', `For restoring: ${BACKUP_TABLES.map((t) => countLabel(t, counts[t])).join(', ')}.`)}
          {button('pain', 'Pain checks (CSV)', `For a spreadsheet or your physio: ${countLabel('painChecks', counts.painChecks)}.`)}
          {button('sessions', 'Sessions (CSV)', `For a spreadsheet: ${countLabel('sessions', counts.sessions)}.`)}
        </ul>
      )}
      <div role="status" aria-live="polite">
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
