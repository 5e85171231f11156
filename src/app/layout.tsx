import { useLayoutEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { revealApp } from '@/platform/reveal-app';
import { AppFrame } from './app-frame';
import { StorageBanner } from './storage-banner';
import { OfflineReadyNote, UpdatePrompt } from './update-prompt';
import { useScrollToTop } from './use-scroll-to-top';

export function Layout() {
  useScrollToTop();
  // After the first commit, before paint: the real screen replaces the prerendered one.
  useLayoutEffect(revealApp, []);
  const isPlayer = useLocation().pathname === '/session';
  return (
    <AppFrame
      isPlayer={isPlayer}
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
