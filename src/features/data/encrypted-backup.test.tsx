// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteAllData, exportBackup } from '@/storage/backup';
import { encryptBackup } from '@/storage/backup-crypto';
import { getDb } from '@/storage/db';
import { DataPage } from './data-page';

// The floor the reader accepts: the real count (600k) is slow by design.
const FAST = 100_000;
// Under jsdom, import.meta.url is not a file URL: fixtures are found from the project root.
const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');
const snapshot = async () => (await exportBackup(getDb(), 0)).data;
// Reading, decrypting and previewing take seconds on a loaded machine: each wait is on what the user sees.
const WAIT = { timeout: 15_000 };

async function pickLocked(passphrase: string) {
  const locked = JSON.stringify(await encryptBackup(fixture('good-backup.json'), passphrase, FAST));
  const input = screen.getByLabelText('Choose a backup file');
  fireEvent.change(input, { target: { files: [new File([locked], 'locked.json', { type: 'application/json' })] } });
  return screen.findByLabelText('Backup passphrase', {}, WAIT);
}

afterEach(async () => {
  cleanup();
  await deleteAllData(getDb());
});

describe('DataPage: encrypted backups', { timeout: 30_000 }, () => {
  it('asks for the passphrase; a wrong one says so and changes nothing; the right one previews the backup', async () => {
    const before = await snapshot();
    render(<DataPage />);
    const field = await pickLocked('blue kettle');
    expect(screen.getByRole('heading', { name: 'locked.json is locked with a passphrase' })).toBeTruthy();
    // The form may render once more when it is ready to type into (the field then takes focus).
    await waitFor(() => expect(document.activeElement).toBe(field), WAIT);

    fireEvent.change(field, { target: { value: 'blue kettle?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toContain('That passphrase doesn’t open this backup');
    expect(alert.textContent).toContain('nothing was changed');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await snapshot()).toEqual(before);

    fireEvent.change(field, { target: { value: 'blue kettle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    await screen.findByRole('heading', { name: 'locked.json is a good backup' }, WAIT);
    expect(screen.getByRole('button', { name: 'Merge' })).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it('an empty passphrase is asked for again, and Cancel leaves the page as it was', async () => {
    render(<DataPage />);
    await pickLocked('blue kettle');
    fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toBe('Enter the passphrase this backup was locked with.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Backup passphrase')).toBeNull();
    expect(await getDb().sessions.count()).toBe(0);
  });

  it('export with a passphrase checks both entries before making anything', async () => {
    render(<DataPage />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Protect with a passphrase' }, WAIT));
    expect(screen.getByText('A forgotten passphrase cannot be recovered.')).toBeTruthy();
    const first = screen.getByLabelText('Passphrase');
    const second = screen.getByLabelText('Passphrase again');
    expect(first.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show passphrase' }));
    expect(first.getAttribute('type')).toBe('text');
    expect(second.getAttribute('type')).toBe('text');

    fireEvent.change(first, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download backup (JSON)' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toContain('at least 8 characters');
    expect(document.activeElement).toBe(first);

    fireEvent.change(first, { target: { value: 'blue kettle' } });
    fireEvent.change(second, { target: { value: 'blue kettel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download backup (JSON)' }));
    expect((await screen.findByRole('alert', {}, WAIT)).textContent).toContain('not the same');
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute('aria-invalid')).toBe('true');
  });
});
