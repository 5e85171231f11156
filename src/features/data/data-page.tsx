import { useDocumentTitle } from '@/platform/use-document-title';
import { BackupReminderNote } from './backup-reminder-note';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { StorageStatus } from './storage-status';
import './data.css';

/** Route `/data`: what is stored, where, and how to take it with you or bring it back. */
export function DataPage() {
  useDocumentTitle('Your data');
  return (
    <div className="page data-page">
      <h1>Your data</h1>
      <p className="page-intro lead">Your data stays on this phone.</p>
      <p className="page-intro">
        Kneewise has no account and no server. Your sessions, pain checks and settings are stored in this browser only — nobody else can see
        them, and nobody else can bring them back. A backup file is your own copy.
      </p>
      <BackupReminderNote />
      <StorageStatus />
      <ExportSection />
      <ImportSection />
      <DeleteSection />
    </div>
  );
}
