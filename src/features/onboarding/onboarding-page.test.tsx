// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { OnboardingPage } from './onboarding-page';

// Rendering with IndexedDB is slow on a busy machine: a generous limit, never a sleep.
vi.setConfig({ testTimeout: 30_000 });
const WAIT = { timeout: 10_000 };

afterEach(async () => {
  localStorage.clear();
  await resetScreenAndDb();
});

describe('OnboardingPage red flags', () => {
  it('stores a red-flag answer (source onboarding) with the tiered advice, and tells home', async () => {
    renderAt('/welcome', '/welcome', <OnboardingPage />);
    fireEvent.click(screen.getByRole('button', { name: 'I understand — next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'No knee pain' }, WAIT));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'I can’t put weight on the leg' }, WAIT));
    fireEvent.click(screen.getByRole('checkbox', { name: 'The pain started after a fall or a twist' }));
    expect(screen.getByText('Get urgent care now.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I understand — finish set-up' }));

    await vi.waitFor(async () => expect(await getDb().redFlags.count()).toBe(1), WAIT);
    const [stored] = await getDb().redFlags.toArray();
    expect(stored).toMatchObject({ flags: ['cannot-bear-weight', 'fall-twist'], source: 'onboarding', sessionId: null, clearedAt: null });
    await vi.waitFor(
      () => expect(readHomeHint()).toMatchObject({ isOnboarded: true, redFlag: { flags: ['cannot-bear-weight', 'fall-twist'] } }),
      WAIT,
    );
  });
});
