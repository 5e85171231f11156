// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { judgeCheck } from '@/domain/pain/rules';
import type { Knee, PainCheck } from '@/domain/pain/types';
import { PainPrompt } from './pain-prompt';
import { usePainEntry } from './use-pain-entry';

afterEach(cleanup);

/** A write the test settles by hand, to see what the screen says before and after. */
function deferredSave() {
  const calls: { checks: PainCheck[]; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = (checks: PainCheck[]) => new Promise<void>((resolve, reject) => calls.push({ checks, resolve, reject }));
  return { save, calls };
}

/** Settle a pending write inside act(), and let React apply what follows from it. */
const settle = (fn: () => void) =>
  act(async () => {
    fn();
    await Promise.resolve();
  });

let continued = 0;
function Harness({
  save,
  baseline = null,
  knees = ['left'],
}: {
  save: (c: PainCheck[]) => Promise<void>;
  baseline?: number | null;
  knees?: Knee[];
}) {
  let n = 0;
  const entry = usePainEntry({
    knees,
    context: () => ({ at: 1, sessionId: 's', exerciseId: null, phase: 'after-exercise' }),
    save,
    remove: () => Promise.resolve(),
    newId: () => `id${++n}`,
  });
  return (
    <PainPrompt
      title="How is your knee?"
      knees={knees}
      entry={entry}
      judge={(_k, s) => judgeCheck(s, baseline)}
      setting="exercise"
      onNoPain={() => void entry.noPain().then((saved) => saved && continued++)}
    />
  );
}

describe('PainPrompt', () => {
  it.each([
    { knees: ['left'] as Knee[], legends: ['Your knee'] },
    { knees: ['left', 'right'] as Knee[], legends: ['Your left knee', 'Your right knee'] },
  ])('names $knees as the user’s own knee, never “the right knee”', ({ knees, legends }) => {
    render(<Harness save={() => Promise.resolve()} knees={knees} />);
    expect([...document.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(legends);
  });

  it('labels the location chips with the user’s knee', async () => {
    const { save, calls } = deferredSave();
    render(<Harness save={save} knees={['left', 'right']} />);
    fireEvent.click(screen.getByRole('button', { name: 'right knee 4, moderate' }));
    await settle(() => calls[0]?.resolve());
    expect(await screen.findByRole('group', { name: 'Where on your right knee (optional)' })).toBeTruthy();
  });

  it('says "Saved" only once the write has finished', async () => {
    const { save, calls } = deferredSave();
    render(<Harness save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'left knee 4, moderate' }));
    expect(await screen.findByText('Saving…')).toBeTruthy();
    expect(screen.queryByText('Saved')).toBeNull();
    expect(calls[0]?.checks[0]).toMatchObject({ knee: 'left', score: 4 });
    await settle(() => calls[0]?.resolve());
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.getByText('Amber — OK if it settles by tomorrow morning')).toBeTruthy();
  });

  it('names the reason of an amber verdict in plain words, in a live region', async () => {
    const { save, calls } = deferredSave();
    render(<Harness save={save} baseline={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'left knee 2, mild' }));
    await settle(() => calls[0]?.resolve());
    const why = await screen.findByText(/Up 2 points from 0 at the start — your knee noticed this one/);
    expect(why.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText('Amber — OK if it settles by tomorrow morning')).toBeTruthy();
  });

  it('says so when a score could not be saved', async () => {
    const { save, calls } = deferredSave();
    render(<Harness save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'left knee 2, mild' }));
    await settle(() => calls[0]?.reject(new Error('disk full')));
    expect((await screen.findByRole('alert')).textContent).toContain('Couldn’t save');
    expect(screen.queryByText('Saved')).toBeNull();
  });

  it('does not move on when "No knee pain" could not be saved', async () => {
    continued = 0;
    const { save, calls } = deferredSave();
    render(<Harness save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'No knee pain' }));
    await settle(() => calls[0]?.reject(new Error('disk full')));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was stored');
    expect(continued).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'No knee pain' }));
    await settle(() => calls[1]?.resolve());
    expect(continued).toBe(1);
  });
});
