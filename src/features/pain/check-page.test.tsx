// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { CheckPage } from './check-page';

const WAIT = { timeout: 10_000 };

beforeEach(() => localStorage.clear());
afterEach(async () => {
  await resetScreenAndDb();
});

describe('CheckPage red flags', () => {
  it('stores the answer with its time and source, then shows the tiered advice', async () => {
    renderAt('/check', '/check', <CheckPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Swelling, locking or giving way?' }, WAIT));
    const save = screen.getByRole('button', { name: 'Save and see what to do' });
    expect(save).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'The knee is locked now and won’t unlock' }));
    fireEvent.click(save);

    expect(await screen.findByText('Get urgent care now.', undefined, WAIT)).toBeTruthy();
    const stored = await getDb().redFlags.toArray();
    expect(stored).toMatchObject([{ flags: ['locked-now'], source: 'check', sessionId: null, clearedAt: null }]);
    expect(readHomeHint().redFlag).toEqual({ at: stored[0]?.at, flags: ['locked-now'] });
  }, 30_000);

  it('“None of these” goes back to the check without storing anything', async () => {
    renderAt('/check', '/check', <CheckPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Swelling, locking or giving way?' }, WAIT));
    fireEvent.click(screen.getByRole('button', { name: 'None of these' }));
    expect(await screen.findByRole('button', { name: 'No knee pain' }, WAIT)).toBeTruthy();
    expect(await getDb().redFlags.count()).toBe(0);
  }, 30_000);
});
