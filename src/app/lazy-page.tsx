import { use, type ComponentType } from 'react';

export interface LazyPage {
  Page: ComponentType;
  preload: () => Promise<void>;
}

/**
 * A screen loaded on demand, like React.lazy but preloadable: once its module is in, it renders
 * without suspending. (React 19 keeps a Suspense fallback up for at least 300 ms, so a lazy route
 * that suspends costs a visible 300 ms even when its chunk is already cached.)
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
  function Page() {
    if (!Loaded) use(preload());
    return Loaded ? <Loaded /> : null;
  }
  return { Page, preload };
}
