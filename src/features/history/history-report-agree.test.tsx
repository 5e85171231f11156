// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RedFlagId } from '@/domain/pain/red-flags';
import { getDb } from '@/storage/db';
import type { RedFlagRecord, SessionRecord } from '@/storage/records';
import { makeSession } from '../../../tests/fixtures/make-history';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { HistoryPage } from './history-page';
import { ReportPage } from './report-page';

// Rendering with IndexedDB is slow on a busy machine: a generous limit, never a sleep.
vi.setConfig({ testTimeout: 30_000 });

vi.mock('./pain-chart', () => ({ PainChart: ({ kneeLabel }: { kneeLabel: string }) => <figure aria-label={`${kneeLabel} chart`} /> }));

// Wednesday 4 June 2025, 18:00 local: the week runs Monday 2 to Sunday 8 June.
const NOW = new Date(2025, 5, 4, 18, 0).getTime();
const at = (day: number, hour: number) => new Date(2025, 5, day, hour, 0).getTime();

/** As the player stores a finished session: `isEndedEarly` is not written, only the log says "end". */
const asStored = (s: SessionRecord): SessionRecord => {
  const stored = { ...s };
  delete stored.isEndedEarly;
  return stored;
};

// Two full sessions, one ended early after real work, and four aborted right after the first knee check.
const FIXTURE = [
  makeSession({ id: 'mon', startedAt: at(2, 8) }),
  makeSession({ id: 'tue', startedAt: at(3, 8) }),
  makeSession({ id: 'tue-early', startedAt: at(3, 19), endAtStep: 12 }),
  ...[9, 10, 11, 12].map((hour) => makeSession({ id: `aborted-${hour}`, startedAt: at(4, hour), endAtStep: 1 })),
].map(asStored);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await getDb().sessions.bulkPut(FIXTURE);
});
afterEach(async () => {
  vi.useRealTimers();
  await resetScreenAndDb();
});

describe('History and the physio report agree (sessionCount)', () => {
  it('History: aborted sessions do not count toward the week, and all five early ends are shown', async () => {
    renderAt('/history', '/history', <HistoryPage />);
    const week = await screen.findByRole('region', { name: 'This week' });
    expect(within(week).getByText('3 of 5')).toBeTruthy();
    expect(within(week).queryByText(/target reached/)).toBeNull();
    expect(within(week).getByText('5 ended early · 4 stopped before any exercise, not counted')).toBeTruthy();
    expect(screen.getAllByText('Ended early')).toHaveLength(5);
  });

  it('the report: the same 3 sessions, 5 ended early, 4 not counted', async () => {
    renderAt('/report', '/report', <ReportPage />);
    const table = await screen.findByRole('table', { name: /Sessions done each week/ });
    const thisWeek = [...table.querySelectorAll('tbody tr')].at(-1);
    expect([...(thisWeek?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual(['3 of 5', '5', '4']);
  });
});

describe('History and the report list red flags', () => {
  const flags: RedFlagRecord[] = [
    { id: 'a', at: at(2, 9), flags: ['locked-now'], source: 'session', sessionId: 'mon', clearedAt: at(3, 12) },
    {
      id: 'b',
      at: at(4, 9),
      flags: ['giving-way', 'an-id-from-a-newer-version' as RedFlagId],
      source: 'check',
      sessionId: null,
      clearedAt: null,
    },
  ];

  it.each([
    ['History', '/history', <HistoryPage key="h" />],
    ['the report', '/report', <ReportPage key="r" />],
  ])('%s: when, which, and cleared when', async (_name, url, page) => {
    await getDb().redFlags.bulkPut(flags);
    renderAt(url, url, page);
    const section = await screen.findByRole('region', { name: 'Red flags' }, { timeout: 10_000 });
    const items = within(section)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.classList.contains('red-flag-log'));
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        /in a knee check\) — advised to see a clinician.*The knee gives way.*an-id-from-a-newer-version.*Not yet checked by a clinician\./,
      ),
      expect.stringMatching(/during a session\) — urgent care advised.*locked now and won’t unlock.*Checked by a clinician: logged /),
    ]);
  });
});
