import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface LazyPage {
  Page: ComponentType<{ fallback: ReactNode }>;
  preload: () => Promise<void>;
}

/**
 * A screen loaded on demand, like React.lazy but preloadable: once its module is in, it renders at
 * once. It does not suspend while loading either: it shows `fallback` and re-renders when the
 * module arrives, because React 19 holds back the content that replaces a Suspense fallback until
 * 300 ms after the fallback appeared — a deep link or reload then cost 300 ms for nothing.
 */
export function lazyPage<M>(load: () => Promise<M>, name: keyof M & string): LazyPage {
  let Loaded: ComponentType | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (m) => {
        Loaded = m[name] as ComponentType;
      },
      (error: unknown) => {
        loading = null; // let a later visit retry (e.g. back online)
        throw error;
      },
    ));
  function Page({ fallback }: { fallback: ReactNode }) {
    const [isLoaded, setIsLoaded] = useState(Loaded !== null);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    // Asked for at the first render, not after it is painted: the effect below only waits for it.
    if (!Loaded) preload().catch(() => undefined);
    useEffect(() => {
      // What this render showed, not what is loaded now: a module that arrived between the render
      // and this effect (a warm cache, a slow CPU) still needs the re-render that shows it.
      if (isLoaded) return;
      let isLive = true;
      preload().then(
        () => isLive && setIsLoaded(true),
        (error: unknown) => isLive && setFailure({ error }),
      );
      return () => {
        isLive = false;
      };
    }, [isLoaded]);
    // Thrown during render so the route's error boundary shows it, as a failed lazy import would.
    if (failure) throw failure.error;
    return Loaded ? <Loaded /> : fallback;
  }
  return { Page, preload };
}
