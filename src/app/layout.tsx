import { useLayoutEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useFocusOnChange } from '@/platform/focus';
import { revealApp } from '@/platform/reveal-app';
import { AppFrame } from './app-frame';
import { StorageBanner } from './storage-banner';
import { OfflineReadyNote, UpdatePrompt } from './update-prompt';
import { useScrollToTop } from './use-scroll-to-top';

export function Layout() {
  useScrollToTop();
  // After the first commit, before paint: the real screen replaces the prerendered one.
  useLayoutEffect(revealApp, []);
  const { pathname } = useLocation();
  const isPlayer = pathname === '/session';
  // Every in-app page change lands on the new page's heading (the first load keeps the browser's start).
  const main = useRef<HTMLElement>(null);
  useFocusOnChange(main, pathname, 'h1', true);
  return (
    <AppFrame
      isPlayer={isPlayer}
      mainRef={main}
      note={<OfflineReadyNote />}
      overlay={
        <>
          <StorageBanner isPlayer={isPlayer} />
          <UpdatePrompt />
        </>
      }
    >
      <Outlet />
    </AppFrame>
  );
}
