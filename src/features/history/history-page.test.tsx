// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PainCheck } from '@/domain/pain/types';
import { getDb } from '@/storage/db';
import { makeSession } from '../../../tests/fixtures/make-history';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { HistoryPage } from './history-page';

// jsdom has no canvas: the chart is exercised in the browser; here it is a stand-in with its name.
vi.mock('./pain-chart', () => ({ PainChart: ({ kneeLabel }: { kneeLabel: string }) => <figure aria-label={`${kneeLabel} chart`} /> }));

// Wednesday 4 June 2025, 18:00 local: the week runs Monday 2 to Sunday 8 June.
const NOW = new Date(2025, 5, 4, 18, 0).getTime();
const at = (day: number, hour: number) => new Date(2025, 5, day, hour, 0).getTime();

const renderHistory = () => renderAt('/history', '/history', <HistoryPage />);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(async () => {
  vi.useRealTimers();
  await resetScreenAndDb();
});

describe('HistoryPage', () => {
  it('says where to start when nothing was logged yet', async () => {
    renderHistory();
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading your history…');
    expect(await screen.findByText(/Nothing here yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start today’s routine' }).getAttribute('href')).toBe('/');
  });

  it('is not empty when only weekly scores were given (no session yet)', async () => {
    await getDb().outcomeRatings.put({
      id: 'week:2025-06-02',
      at: at(2, 9),
      weekOf: '2025-06-02',
      ratings: [{ activityId: 'stairs', score: 4 }],
    });
    renderHistory();
    expect(await screen.findByRole('heading', { name: 'Weekly outcome score' })).toBeTruthy();
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();
  });

  it('groups sessions by day, newest first, and counts the week', async () => {
    const db = getDb();
    await db.sessions.bulkPut([
      makeSession({ id: 'sun', startedAt: at(1, 9) }),
      makeSession({ id: 'mon', startedAt: at(2, 8) }),
      makeSession({ id: 'tue-am', startedAt: at(3, 7) }),
      makeSession({ id: 'tue-pm', startedAt: at(3, 19) }),
      makeSession({ id: 'wed', startedAt: at(4, 7), endAtStep: 12 }),
    ]);
    const check = (id: string, t: number, knee: 'left' | 'right', score: number): PainCheck => ({
      id,
      at: t,
      sessionId: null,
      exerciseId: null,
      phase: 'ad-hoc',
      knee,
      score,
      locations: [],
      note: '',
    });
    await db.painChecks.bulkPut([check('a', at(1, 9), 'left', 5), check('b', at(4, 9), 'left', 3)]);
    renderHistory();

    expect(await screen.findByText('4 of 5')).toBeTruthy();
    expect(screen.getByText(/sessions this week/).textContent).toBe('4 of 5 sessions this week');
    const dots = screen.getByRole('list', { name: 'Sessions by day' });
    expect(
      within(dots)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Monday: 1 session$/),
        expect.stringMatching(/Tuesday: 2 sessions$/),
        expect.stringMatching(/Wednesday \(today\): 1 session$/),
        expect.stringMatching(/Thursday: to come$/),
      ]),
    );

    const sessions = screen.getByRole('region', { name: 'Sessions' });
    const days = within(sessions)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    const expected = ['Today', 'Yesterday', 'Monday, June 2', 'Sunday, June 1'].map(dayPattern);
    expect(days).toHaveLength(expected.length);
    days.forEach((day, i) => expect(day).toMatch(expected[i] ?? /^$/));
    const yesterday = within(sessions).getByRole('region', { name: 'Yesterday' });
    const links = within(yesterday).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/history/tue-pm', '/history/tue-am']);
    const today = within(sessions).getByRole('region', { name: 'Today' });
    expect(within(today).getByRole('link').textContent).toMatch(/Daily hip release.*Ended early/);

    expect(screen.getByRole('heading', { name: 'Left knee' })).toBeTruthy();
    expect(screen.getByText(/Left knee: worst this week 3, last week 5\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Report for my physio' }).getAttribute('href')).toBe('/report');
    expect(screen.getByRole('link', { name: 'Your progress' }).getAttribute('href')).toBe('/progress');
    expect(screen.queryByRole('button', { name: 'Show older sessions' })).toBeNull();
  });

  it('offers older sessions beyond the first 30 days', async () => {
    await getDb().sessions.bulkPut([
      makeSession({ id: 'new', startedAt: at(3, 8) }),
      makeSession({ id: 'old', startedAt: at(3, 8) - 40 * 86_400_000 }),
    ]);
    renderHistory();
    expect(await screen.findByRole('button', { name: 'Show older sessions' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /old/ })).toBeNull();
  });
});

/** Locale-proof: "Monday, June 2" or "Monday 2 June" both match. */
function dayPattern(label: string): RegExp {
  const [weekday, rest] = label.split(', ');
  if (!rest) return new RegExp(`^${label}$`);
  const [month, day] = rest.split(' ');
  return new RegExp(`${weekday}.*(${month} ${day}|${day} ${month})`);
}
