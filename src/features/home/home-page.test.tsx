// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PainCheck } from '@/domain/pain/types';
import { HOME_HINT_KEY, readHomeHint } from '@/platform/home-hint';
import { getDb } from '@/storage/db';
import type { RedFlagRecord } from '@/storage/records';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { HomePage } from './home-page';

// Rendering with IndexedDB is slow on a busy machine: a generous limit, never a sleep.
vi.setConfig({ testTimeout: 30_000 });

// Tuesday 3 June 2025, 10:00 local.
const NOW = new Date(2025, 5, 3, 10, 0).getTime();
const DAY = 86_400_000;
// IndexedDB answers late on a busy machine; generous, and never a fixed sleep.
const WAIT = { timeout: 10_000 };
const renderHome = () => renderAt('/', '/', <HomePage />);
const startLink = () => screen.queryByRole('link', { name: 'Start' });

/** A stale hint the status query overwrites: once it has, home shows what IndexedDB said. */
const STALE_HINT = JSON.stringify({ isOnboarded: true, activeRoutineName: 'stale' });
const statusLoaded = () => vi.waitFor(() => expect(readHomeHint().activeRoutineName).toBeNull(), WAIT);

const swelling: RedFlagRecord = {
  id: 'rf1',
  at: NOW - 3_600_000,
  flags: ['giving-way'],
  source: 'session',
  sessionId: 's1',
  clearedAt: null,
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  localStorage.clear();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetScreenAndDb();
});

describe('HomePage and red flags', () => {
  it('offers the one-tap Start when no red flag is open', async () => {
    await getDb().redFlags.put({ ...swelling, clearedAt: NOW - 60_000 });
    localStorage.setItem(HOME_HINT_KEY, STALE_HINT);
    renderHome();
    expect(startLink()).toBeTruthy();
    await statusLoaded();
    expect(startLink()).toBeTruthy();
    expect(screen.queryByRole('region', { name: /knee checked/ })).toBeNull();
  });

  it('shows the open red flag, with when and the advice, in place of Start', async () => {
    await getDb().redFlags.put(swelling);
    renderHome();
    const card = await screen.findByRole('region', { name: 'Have your knee checked before you exercise' }, WAIT);
    expect(startLink()).toBeNull();
    expect(within(card).getByText('See a clinician soon.')).toBeTruthy();
    expect(within(card).getByText('The knee gives way')).toBeTruthy();
    expect(within(card).getByText(/Tuesday.*(3 June|June 3)/)).toBeTruthy();
    // The hint now carries it, so the next first paint doesn't flash Start.
    expect(readHomeHint().redFlag).toEqual({ at: swelling.at, flags: ['giving-way'] });
  });

  it('says urgent care for a knee that is locked and won’t unlock', async () => {
    await getDb().redFlags.put({ ...swelling, flags: ['locked-now'] });
    renderHome();
    const card = await screen.findByRole('region', { name: 'Get your knee checked urgently' }, WAIT);
    expect(within(card).getByText('Get urgent care now.')).toBeTruthy();
  });

  it('never renders Start first when the hint holds a red flag (before IndexedDB answers)', () => {
    localStorage.setItem(HOME_HINT_KEY, JSON.stringify({ isOnboarded: true, redFlag: { at: NOW, flags: ['giving-way'] } }));
    renderHome();
    expect(startLink()).toBeNull();
  });

  it('“A clinician has checked my knee”: confirm, logged with its time, Start is back; Undo brings the card back', async () => {
    await getDb().redFlags.put(swelling);
    renderHome();
    fireEvent.click(await screen.findByRole('button', { name: 'A clinician has checked my knee' }, WAIT));
    // A deliberate second step: "Not yet" goes back without logging anything.
    fireEvent.click(screen.getByRole('button', { name: 'Not yet' }));
    expect((await getDb().redFlags.get('rf1'))?.clearedAt).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'A clinician has checked my knee' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, it has been checked' }));

    expect(await screen.findByRole('link', { name: 'Start' }, WAIT)).toBeTruthy();
    expect((await getDb().redFlags.get('rf1'))?.clearedAt).toBe(NOW);
    expect(readHomeHint().redFlag).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Have your knee checked before you exercise' }, WAIT)).toBeTruthy();
    expect(startLink()).toBeNull();
    expect((await getDb().redFlags.get('rf1'))?.clearedAt).toBeNull();
  });

  it('an Undo that can’t be saved says so, keeps the “checked” note and its Undo to try again', async () => {
    await getDb().redFlags.put(swelling);
    renderHome();
    fireEvent.click(await screen.findByRole('button', { name: 'A clinician has checked my knee' }, WAIT));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, it has been checked' }));
    await screen.findByRole('link', { name: 'Start' }, WAIT);

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = vi.spyOn(getDb().redFlags, 'bulkUpdate').mockRejectedValueOnce(new Error('QuotaExceededError'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const note = await screen.findByText(/Undo didn’t work: nothing was changed on this phone\. Try again\./, {}, WAIT);
    expect(note.closest('[role="status"]')?.textContent).toMatch(/a clinician has checked your knee/);
    expect(startLink()).toBeTruthy();
    expect((await getDb().redFlags.get('rf1'))?.clearedAt).toBe(NOW);
    expect(error).toHaveBeenCalled();

    // Trying again works once storage does.
    failing.mockRestore();
    error.mockRestore();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Undo' }).hasAttribute('disabled')).toBe(false), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('region', { name: 'Have your knee checked before you exercise' }, WAIT)).toBeTruthy();
    expect((await getDb().redFlags.get('rf1'))?.clearedAt).toBeNull();
  });
});

describe('HomePage and the weekly trend', () => {
  const check = (id: string, at: number, score: number): PainCheck => ({
    id,
    at,
    sessionId: null,
    exerciseId: null,
    phase: 'ad-hoc',
    knee: 'left',
    score,
    locations: [],
    note: '',
  });

  it('says the pain is rising week on week and suggests the flare-up day and a clinician', async () => {
    const thisWeek = [0, 1, 2].map((d) => check(`t${d}`, NOW - d * DAY, 5));
    const lastWeek = [7, 8, 9].map((d) => check(`l${d}`, NOW - d * DAY, 3));
    await getDb().painChecks.bulkPut([...thisWeek, ...lastWeek]);
    renderHome();
    const card = await screen.findByRole('region', { name: 'Your knee pain is rising week on week' }, WAIT);
    expect(within(card).getByText(/Your left knee: .* averaged 5 this week, against 3 the week before — up about 2 points/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'gentle flare-up day' }).getAttribute('href')).toBe('/routines/gentle-flare-up-day');
    expect(within(card).getByText(/see a clinician/)).toBeTruthy();
  });

  it('stays quiet when the pain is steady', async () => {
    await getDb().painChecks.bulkPut([0, 1, 2, 7, 8, 9].map((d) => check(`s${d}`, NOW - d * DAY, 4)));
    localStorage.setItem(HOME_HINT_KEY, STALE_HINT);
    renderHome();
    await statusLoaded();
    expect(screen.queryByRole('region', { name: /rising week on week/ })).toBeNull();
  });
});

describe('HomePage for a new user', () => {
  it('says Kneewise asks about “your knee”, never “the right knee” (which reads as a side)', async () => {
    renderHome();
    const welcome = await screen.findByRole('region', { name: 'New here? Tell us about your knee' }, WAIT);
    expect(welcome.textContent).toMatch(/asks how your knee is/);
    expect(welcome.textContent).not.toMatch(/the (right|left) knee/);
  });
});
