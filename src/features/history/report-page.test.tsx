// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printPage } from '@/platform/print';
import { getDb } from '@/storage/db';
import { makeHistory } from '../../../tests/fixtures/make-history';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { ReportPage } from './report-page';

vi.mock('./pain-chart', () => ({ PainChart: ({ kneeLabel }: { kneeLabel: string }) => <figure aria-label={`${kneeLabel} chart`} /> }));
vi.mock('@/platform/print', () => ({ printPage: vi.fn() }));

const renderReport = () => renderAt('/report', '/report', <ReportPage />);

afterEach(async () => {
  await resetScreenAndDb();
});

// Sixty sessions are written and charted before the first heading shows: seconds on a loaded machine.
describe('ReportPage', { timeout: 30_000 }, () => {
  it('reports the period’s weeks, flags the exercise that hurt, and prints', async () => {
    const db = getDb();
    const { sessions, painChecks } = makeHistory({ sessions: 60, painChecks: 700, endAt: Date.now(), seed: 3, days: 56 });
    await db.sessions.bulkPut(sessions);
    await db.painChecks.bulkPut(painChecks);
    await db.exercisePrefs.put({
      exerciseId: 'butterfly-stretch',
      action: 'swap',
      swapTo: 'reclined-supported-butterfly',
      decidedAt: Date.now(),
      painCheckId: null,
    });
    renderReport();

    expect(await screen.findByRole('heading', { level: 2, name: 'Sessions per week' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText(/^General guidance, not a diagnosis\./)).toHaveLength(2);
    expect(screen.getByText('No knee profile is stored in the app.')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Sessions done each week/ }).querySelectorAll('tbody tr')).toHaveLength(4);
    expect(screen.getByRole('figure', { name: 'Left knee chart' })).toBeTruthy();
    expect(screen.getByText(/^Left knee: worst this week/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Butterfly stretch' })).toBeTruthy();
    expect(screen.getByText(/: swapped for Reclined supported butterfly/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Last 8 weeks' }));
    expect(screen.getByRole('button', { name: 'Last 8 weeks' }).getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByText(/\(8 weeks\)/)).toBeTruthy();
    expect(screen.getByRole('table', { name: /Sessions done each week/ }).querySelectorAll('tbody tr')).toHaveLength(8);

    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(printPage).toHaveBeenCalledOnce();
    // Its own waits allow 10 s for 3 months of data to render on a busy machine; the test must allow as much.
  }, 20_000);

  it('shows the stored profile', async () => {
    await getDb().settings.put({ key: 'profile', value: { knees: ['left'], location: 'inner', completedAt: 1 } });
    renderReport();
    expect(await screen.findByText('Left knee')).toBeTruthy();
    expect(screen.getByText('inner side (medial)')).toBeTruthy();
  });
});
