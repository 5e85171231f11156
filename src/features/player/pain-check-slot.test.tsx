// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import { kneeImpact } from '@/domain/pain/trends';
import { buildPlan } from '@/domain/session/build-plan';
import type { PainCheckStep, Plan } from '@/domain/session/plan-types';
import { getDb } from '@/storage/db';
import { settingsRepo } from '@/storage/settings-repo';
import { resetScreenAndDb } from '../../../tests/setup/render-at';
import { PainCheckSlot } from './pain-check-slot';
import { usePlayerStore } from './player-store';

afterEach(async () => {
  await resetScreenAndDb();
  usePlayerStore.getState().close();
});

function planFor(routineId: string): Plan {
  const routine = findRoutine(routineId);
  if (!routine) throw new Error(routineId);
  return buildPlan(routine, planFacts);
}
const checkAfter = (plan: Plan, exerciseId: string) =>
  plan.steps.findIndex((s) => s.type === 'painCheck' && s.phase === 'after-exercise' && s.exerciseId === exerciseId);

function renderSlot(plan: Plan, stepIndex: number, knees: ('left' | 'right')[] = ['left', 'right']) {
  usePlayerStore.getState().open({ id: 's1', plan, events: [] });
  const onComplete = vi.fn();
  const onSwitchRoutine = vi.fn();
  const step = plan.steps[stepIndex] as PainCheckStep;
  const view = render(
    <PainCheckSlot
      sessionId="s1"
      stepIndex={stepIndex}
      step={step}
      knees={knees}
      onComplete={onComplete}
      onRedFlags={() => undefined}
      onSwitchRoutine={onSwitchRoutine}
    />,
  );
  return { ...view, onComplete, onSwitchRoutine };
}
const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

// IndexedDB in jsdom on a shared 2-core machine: seconds, not milliseconds.
describe('PainCheckSlot', { timeout: 20_000 }, () => {
  it('going back to a check and answering again edits the same record; knee impact counts it once', async () => {
    const plan = planFor('daily-hip-release');
    const at = checkAfter(plan, 'supine-knee-to-opposite-shoulder');
    const db = getDb();
    await db.painChecks.put({
      id: 'b',
      at: 1,
      sessionId: 's1',
      exerciseId: null,
      phase: 'before',
      knee: 'left',
      score: 1,
      locations: [],
      note: '',
    });
    const first = renderSlot(plan, at, ['left']);
    await screen.findByRole('button', { name: 'No knee pain' });
    tap('left knee 2, mild');
    await screen.findByText('Saved');
    first.unmount();
    renderSlot(plan, at, ['left']);
    await screen.findByRole('button', { name: 'No knee pain' });
    tap('left knee 3, mild');
    await screen.findByText('Saved');
    const after = (await db.painChecks.toArray()).filter((c) => c.phase === 'after-exercise');
    expect(after.map((c) => [c.id, c.score])).toEqual([[`s1:${at}:left`, 3]]);
    expect(kneeImpact(await db.painChecks.toArray(), [])[0]).toMatchObject({
      exerciseId: 'supine-knee-to-opposite-shoulder',
      checkCount: 1,
      meanChange: 2,
    });
  });

  it('a rise from 0 to 2 is amber and says why', async () => {
    const plan = planFor('gentle-flare-up-day');
    await getDb().painChecks.put({
      id: 'b',
      at: 1,
      sessionId: 's1',
      exerciseId: null,
      phase: 'before',
      knee: 'left',
      score: 0,
      locations: [],
      note: '',
    });
    renderSlot(plan, checkAfter(plan, 'tennis-ball-glutes'), ['left']);
    await screen.findByRole('button', { name: 'No knee pain' });
    tap('left knee 2, mild');
    expect(await screen.findByText(/Amber/)).toBeTruthy();
    expect(screen.getByText(/Up 2 points from 0 at the start — your knee noticed this one/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
  });

  it('6/10 after box squats: "what now" comes first, and the easier version goes in after this check', async () => {
    await settingsRepo(getDb()).setProfile({ knees: ['left'], location: 'inner', completedAt: 1 });
    const plan = planFor('glute-strength-knee-alignment');
    const at = checkAfter(plan, 'box-squat');
    const { onComplete } = renderSlot(plan, at, ['left']);
    // Chips start from the profile's usual place.
    await screen.findByRole('button', { name: 'No knee pain' });
    tap('left knee 6, moderate');
    expect(await screen.findByText(/6 out of 10 is more than your knee should take during exercise/)).toBeTruthy();
    // The profile's usual place is read from storage on its own; on a loaded machine it can arrive after the verdict.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Inner' }).getAttribute('aria-pressed')).toBe('true'));
    const now = await screen.findByRole('group', { name: 'What now?' });
    // Said by a screen reader: the choices come below the verdict, out of sight.
    expect((await screen.findByText(/^Choices for a red answer are below/)).getAttribute('role')).toBe('status');
    const labels = within(now)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(labels).toEqual([
      'Stop Box squat to a chair for today',
      'Do Seated knee extension nowAn easier version',
      'Switch to the gentle flare-up day',
      'Continue anyway',
    ]);
    const next = screen.getByRole('group', { name: /next time/ });
    expect(now.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(now).getByRole('button', { name: /Do Seated knee extension now/ }));
    await waitFor(() => expect(onComplete).toHaveBeenCalled());
    const steps = usePlayerStore.getState().session?.plan.steps ?? [];
    expect(steps.slice(0, at + 1)).toEqual(plan.steps.slice(0, at + 1));
    expect(steps[at + 1]).toMatchObject({ type: 'prepare', exerciseId: 'seated-knee-extension' });
  });
});
