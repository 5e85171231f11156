// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnChange } from './focus';

afterEach(cleanup);

/** A screen whose heading comes with each new key, optionally a moment later (a lazy page). */
function Steps({ skipFirst = false }: { skipFirst?: boolean }) {
  const [step, setStep] = useState(0);
  const [isLoaded, setLoaded] = useState(true);
  const root = useRef<HTMLDivElement>(null);
  useFocusOnChange(root, String(step), 'h1', skipFirst);
  return (
    <div ref={root} tabIndex={-1} data-testid="root">
      {isLoaded && <h1>Step {step}</h1>}
      <button
        type="button"
        onClick={() => {
          setLoaded(false);
          setStep((s) => s + 1);
        }}
      >
        Next, later
      </button>
      <button type="button" onClick={() => setLoaded(true)}>
        Load
      </button>
      <button type="button" onClick={() => setStep((s) => s + 1)}>
        Next
      </button>
    </div>
  );
}

describe('useFocusOnChange', () => {
  it('focuses the new heading when the key changes, and leaves the first render alone when asked', () => {
    render(<Steps skipFirst />);
    expect(document.activeElement).toBe(document.body);
    act(() => screen.getByRole('button', { name: 'Next' }).click());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 1' }));
    expect(screen.getByRole('heading', { name: 'Step 1' }).tabIndex).toBe(-1);
  });

  it('waits for a heading still to come, then moves focus to it', async () => {
    render(<Steps skipFirst />);
    const later = screen.getByRole('button', { name: 'Next, later' });
    later.focus();
    act(() => later.click());
    // The button keeps focus (it is still there) until the heading comes.
    expect(document.activeElement).toBe(later);
    act(() => screen.getByRole('button', { name: 'Load' }).click());
    await screen.findByRole('heading', { name: 'Step 1' });
    await act(() => Promise.resolve());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 1' }));
  });

  it('leaves focus where the user put it if they moved on before the heading came', async () => {
    render(<Steps skipFirst />);
    act(() => screen.getByRole('button', { name: 'Next, later' }).click());
    const load = screen.getByRole('button', { name: 'Load' });
    load.focus();
    act(() => load.click());
    await act(() => Promise.resolve());
    expect(document.activeElement).toBe(load);
  });

  it('waits for an open dialog to close', async () => {
    render(
      <>
        <dialog open>dialog</dialog>
        <Steps />
      </>,
    );
    expect(document.activeElement).not.toBe(screen.getByRole('heading', { name: 'Step 0' }));
    const dialog = document.querySelector('dialog');
    act(() => {
      dialog?.removeAttribute('open');
      dialog?.dispatchEvent(new Event('close'));
    });
    await act(() => Promise.resolve());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 0' }));
  });
});
