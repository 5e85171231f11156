// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PainCheck } from '@/domain/pain/types';
import { getDb } from '@/storage/db';
import { makeSession } from '../../../tests/fixtures/make-history';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { SessionDetailPage } from './session-detail-page';

const START = new Date(2025, 5, 3, 8, 0).getTime();

const renderDetail = (id: string) => renderAt(`/history/${id}`, '/history/:sessionId', <SessionDetailPage />);

afterEach(async () => {
  await resetScreenAndDb();
});

const check = (over: Partial<PainCheck> & Pick<PainCheck, 'id' | 'at' | 'knee' | 'score' | 'phase'>): PainCheck => ({
  sessionId: 's1',
  exerciseId: null,
  locations: [],
  note: '',
  ...over,
});

describe('SessionDetailPage', () => {
  it('lists each exercise and every pain check in time order, the light in words as well as colour', async () => {
    const db = getDb();
    await db.sessions.put(makeSession({ id: 's1', startedAt: START, endAtStep: 12 }));
    await db.painChecks.bulkPut([
      check({
        id: 'c3',
        at: START + 300_000,
        knee: 'left',
        score: 4,
        phase: 'after-exercise',
        exerciseId: 'tennis-ball-glutes',
        locations: ['inner'],
        note: 'Pulled at the inner knee',
      }),
      check({ id: 'c1', at: START + 1_000, knee: 'left', score: 1, phase: 'before' }),
      check({ id: 'c2', at: START + 1_000, knee: 'right', score: 0, phase: 'before' }),
      check({ id: 'c4', at: START + 300_000, knee: 'right', score: 2, phase: 'after-exercise', exerciseId: 'tennis-ball-glutes' }),
    ]);
    renderDetail('s1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Daily hip release' })).toBeTruthy();
    expect(screen.getByText('Ended early')).toBeTruthy();
    const exercises = within(screen.getByRole('region', { name: 'Exercises' })).getAllByRole('listitem');
    expect(exercises.map((li) => li.textContent)).toEqual([
      'Tennis ball on the glutesDone',
      'Half-kneeling hip-flexor stretchPartly done (3 of 4)',
      'Butterfly stretchNot reached',
      'Side-lying leg raiseNot reached',
    ]);

    const checks = within(screen.getByRole('region', { name: 'Pain checks' })).getAllByRole('listitem');
    expect(checks).toHaveLength(4);
    expect(checks[0]?.textContent).toMatch(/Before the session.*Left knee: 1\/10 \(mild\).*Green — fine to continue/);
    expect(checks[1]?.textContent).toMatch(/Right knee: 0\/10 \(none\).*Green/);
    const red = checks[2];
    expect(red?.textContent).toMatch(/After Tennis ball on the glutes/);
    expect(red?.textContent).toMatch(/Left knee: 4\/10 \(moderate\)/);
    expect(red?.textContent).toMatch(/Red — ease off: swap or lower the dose next time \(2 or more above the start of the session\)/);
    expect(red?.textContent).toMatch(/Where: inner side/);
    expect(red?.textContent).toMatch(/Note: “Pulled at the inner knee”/);
    // 0 → 2 is a meaningful rise that stays mild: amber under the refined light (DESIGN §6), not red.
    expect(checks[3]?.textContent).toMatch(/Right knee: 2\/10 \(mild\).*Amber/);
  });

  it('says so when the session does not exist', async () => {
    renderDetail('nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to History' }).getAttribute('href')).toBe('/history');
  });
});
