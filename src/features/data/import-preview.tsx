import type { ImportPreview } from '@/storage/backup';
import { BACKUP_TABLES, TABLE_LABELS } from '@/storage/backup-format';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const number = (n: number) => n.toLocaleString('en');

/** Per table: what the file holds, how much of it is new, and what is on the phone now. */
export function ImportPreviewTable({ preview, exportedAt }: { preview: ImportPreview; exportedAt: number }) {
  const made = new Date(exportedAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="table-scroll">
      <table className="preview-table">
        <caption>Backup made {made}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">In file</th>
            <th scope="col">New</th>
            <th scope="col">Already here</th>
            <th scope="col">On phone now</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => {
            const row = preview[table];
            return (
              <tr key={table}>
                <th scope="row">{capitalised(TABLE_LABELS[table][1])}</th>
                <td>{number(row.inFile)}</td>
                <td>{number(row.isNew)}</td>
                <td>{number(row.present)}</td>
                <td>{number(row.onDevice)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
