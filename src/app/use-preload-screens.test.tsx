// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RouteTable from './route-table';
import { usePreloadScreens } from './use-preload-screens';

const loaded = vi.hoisted(() => [] as string[]);
vi.mock('./routes', async () => {
  const { PRELOAD_ORDER } = await vi.importActual<typeof RouteTable>('./route-table');
  const entry = (key: string) => ({
    preload: () => {
      loaded.push(key);
      return Promise.resolve();
    },
  });
  return { pages: Object.fromEntries(PRELOAD_ORDER.map((key) => [key, entry(key)])) };
});

function Home() {
  usePreloadScreens();
  return (
    <nav>
      <a href="/session">Start</a>
      <a href="/exercises">Exercises</a>
    </nav>
  );
}

const link = (name: string) => [...document.querySelectorAll('a')].find((a) => a.textContent === name) as HTMLAnchorElement;
const mouseOver = (el: Element) => fireEvent.pointerOver(el, { pointerType: 'mouse' });

beforeEach(() => {
  vi.useFakeTimers();
  loaded.length = 0;
  // jsdom has no requestIdleCallback: the scheduler then uses a short timer, as in Safari before 18.
  render(<Home />);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('usePreloadScreens', () => {
  it('a mouse resting on a link loads its screen after a short dwell', () => {
    mouseOver(link('Exercises'));
    expect(loaded).toEqual([]);
    vi.advanceTimersByTime(80);
    expect(loaded).toEqual(['library']);
  });

  it('a quick tap adds nothing to the tap: the press cancels the dwell (its navigation loads the screen)', () => {
    mouseOver(link('Start'));
    fireEvent.pointerDown(link('Start'), { pointerType: 'mouse' });
    fireEvent.focusIn(link('Start')); // the press focuses the link
    vi.advanceTimersByTime(500);
    expect(loaded).toEqual([]);
  });

  it('a touch never preloads on its way to a tap', () => {
    fireEvent.pointerOver(link('Start'), { pointerType: 'touch' });
    vi.advanceTimersByTime(500);
    expect(loaded).toEqual([]);
  });

  it('keyboard focus resting on a link loads its screen', () => {
    fireEvent.focusIn(link('Start'));
    vi.advanceTimersByTime(80);
    expect(loaded).toEqual(['player']);
  });

  it('moving off before the dwell loads nothing', () => {
    mouseOver(link('Start'));
    fireEvent.pointerOut(link('Start'), { pointerType: 'mouse' });
    vi.advanceTimersByTime(500);
    expect(loaded).toEqual([]);
  });

  it('the first interaction queues every screen a second later, the tapped one first, one per idle period', () => {
    fireEvent.pointerDown(link('Start'), { pointerType: 'touch' });
    fireEvent.pointerUp(link('Start'), { pointerType: 'touch' });
    vi.advanceTimersByTime(999);
    expect(loaded).toEqual([]);
    vi.advanceTimersByTime(1);
    return vi.waitFor(
      () => {
        vi.advanceTimersByTime(200);
        expect(loaded.slice(0, 3)).toEqual(['player', 'routine', 'check']);
      },
      { timeout: 2000 },
    );
  });

  it('with no interaction at all, the screens load after a minute', async () => {
    vi.advanceTimersByTime(59_999);
    expect(loaded).toEqual([]);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => {
      vi.advanceTimersByTime(200);
      expect(loaded[0]).toBe('player');
    });
  });
});
