// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, useEffect, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPage } from './lazy-page';

afterEach(cleanup);

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Screen = () => <h1>The screen</h1>;

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: Error) {
    return { error: e.message };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

describe('lazyPage', () => {
  it('shows the screen when its module arrives between the first render and the effect (a fast cache, a slow CPU)', async () => {
    // A thenable that hands over the module exactly when told: here, from an effect that runs
    // after the page rendered its fallback but before the page's own effect.
    let deliver: () => void = () => undefined;
    const load = () =>
      ({
        then: (onLoaded: (m: { Screen: typeof Screen }) => void) =>
          new Promise<void>((resolve) => {
            deliver = () => {
              onLoaded({ Screen });
              resolve();
            };
          }),
      }) as unknown as Promise<{ Screen: typeof Screen }>;
    const page = lazyPage(load, 'Screen');
    function ArrivesNow() {
      useEffect(() => deliver(), []);
      return null;
    }
    await act(async () => {
      render(
        <>
          <ArrivesNow />
          <page.Page fallback={<p>Loading…</p>} />
        </>,
      );
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { name: 'The screen' })).toBeTruthy();
  });

  it('shows the fallback, then the screen as soon as its module is in (no Suspense hold-back)', async () => {
    const module = deferred<{ Screen: typeof Screen }>();
    const page = lazyPage(() => module.promise, 'Screen');
    render(<page.Page fallback={<p>Loading…</p>} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => {
      module.resolve({ Screen });
      await module.promise;
    });
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('renders at once once preloaded', async () => {
    const page = lazyPage(() => Promise.resolve({ Screen }), 'Screen');
    await page.preload();
    render(<page.Page fallback={<p>Loading…</p>} />);
    expect(screen.getByRole('heading', { name: 'The screen' })).toBeTruthy();
  });

  it('a module that fails reaches the error boundary, and a later visit loads again', async () => {
    let calls = 0;
    const page = lazyPage(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ Screen })), 'Screen');
    // React reports the error it hands to the boundary on console.error: provoked here on purpose.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <page.Page fallback={<p>Loading…</p>} />
      </Boundary>,
    );
    expect(await screen.findByText('Failed: offline')).toBeTruthy();
    await page.preload();
    expect(calls).toBe(2);
  });
});
