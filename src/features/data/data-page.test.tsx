// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, exportBackup, importBackup } from '@/storage/backup';
import { validateBackup } from '@/storage/backup-validate';
import { getDb } from '@/storage/db';
import { DataPage } from './data-page';

/** Any moment after the fixtures were made. */
const NOW = Date.UTC(2026, 0, 1);
// Under jsdom, import.meta.url is not a file URL: fixtures are found from the project root.
const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');
const snapshot = async () => (await exportBackup(getDb(), 0)).data;

function pick(text: string, name: string) {
  const input = screen.getByLabelText('Choose a backup file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

beforeEach(async () => {
  // The phone already holds some history: the good backup's first session and its pain checks.
  const good = validateBackup(fixture('good-backup.json'), NOW);
  if (!good.ok) throw new Error(good.reason);
  const [session] = good.backup.data.sessions;
  const partial = {
    ...good.backup,
    data: {
      ...good.backup.data,
      sessions: session ? [session] : [],
      painChecks: good.backup.data.painChecks.filter((c) => c.sessionId === session?.id),
    },
  };
  await importBackup(getDb(), partial, 'replace');
});
afterEach(async () => {
  cleanup();
  await deleteAllData(getDb());
});

/**
 * A file is read, parsed, validated and previewed against IndexedDB before it shows: quick on a quiet
 * machine, seconds on a loaded one. Each wait is on what the user sees, with room to finish.
 */
const WAIT = { timeout: 15_000 };

describe('DataPage import', { timeout: 30_000 }, () => {
  it('shows why a bad file is refused, and changes nothing', async () => {
    const before = await snapshot();
    render(<DataPage />);
    pick(fixture('bad-backups/score-11.json'), 'score-11.json');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert.textContent).toContain('score-11.json can’t be restored.');
    expect(alert.textContent).toContain('painChecks[1].score must be a whole number from 0 to 10, but it is 11.');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Merge' })).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('previews a good file per table — new and already here — before anything is written', async () => {
    const before = await snapshot();
    render(<DataPage />);
    pick(fixture('good-backup.json'), 'kneewise-backup-2025-03-06.json');
    const heading = await screen.findByRole('heading', { name: 'kneewise-backup-2025-03-06.json is a good backup' }, WAIT);
    // Focus moves to the result once it is on screen (an effect after the render that shows it).
    await waitFor(() => expect(document.activeElement).toBe(heading), WAIT);
    const row = (name: string) => within(screen.getByRole('table')).getByRole('row', { name: new RegExp(`^${name}`) });
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // In the file, new, already here, on this phone now.
    expect(cells('Sessions')).toEqual(['3', '2', '1', '1']);
    expect(cells('Pain checks')).toEqual(['7', '3', '4', '4']);
    expect(cells('Settings')).toEqual(['2', '0', '2', '2']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Merge' }).disabled).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('merges on request and says what was restored', async () => {
    render(<DataPage />);
    pick(fixture('good-backup.json'), 'backup.json');
    fireEvent.click(await screen.findByRole('button', { name: 'Merge' }, WAIT));
    const status = await screen.findByText(/^Restored/, {}, WAIT);
    expect(status.textContent).toBe('Restored 3 sessions and 7 pain checks, merged with what was already here.');
    expect(await getDb().painChecks.count()).toBe(7);
  });
});
