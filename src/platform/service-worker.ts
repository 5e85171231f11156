/**
 * Service-worker registration behind a tiny observable, so the shell can offer "Reload to update"
 * without knowing about workbox. Never reloads on its own: a session may be running.
 */
import { registerSW } from 'virtual:pwa-register';
import { getUpdateGuard, subscribeToUpdateGuard } from './update-guard';

type Listener = () => void;
let isUpdateWaiting = false;
let isOfflineReady = false;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    immediate: true,
    onNeedRefresh() {
      isUpdateWaiting = true;
      notify();
    },
    onOfflineReady() {
      isOfflineReady = true;
      notify();
    },
  });
}

export interface UpdateState {
  /** A new version is installed and may be offered now (not while a timed step runs). */
  isUpdateWaiting: boolean;
  isOfflineReady: boolean;
  /** A session is open: the update keeps it (stored, then reopened at the same step). */
  isSessionOpen: boolean;
}
let snapshot: UpdateState = { isUpdateWaiting, isOfflineReady, isSessionOpen: false };

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  const unsubscribeGuard = subscribeToUpdateGuard(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeGuard();
  };
}
export function getUpdateState(): UpdateState {
  const guard = getUpdateGuard();
  const next = { isUpdateWaiting: isUpdateWaiting && !(guard?.isBusy ?? false), isOfflineReady, isSessionOpen: guard !== null };
  if (
    snapshot.isUpdateWaiting !== next.isUpdateWaiting ||
    snapshot.isOfflineReady !== next.isOfflineReady ||
    snapshot.isSessionOpen !== next.isSessionOpen
  ) {
    snapshot = next;
  }
  return snapshot;
}

/**
 * Store the session, activate the waiting worker and reload once it controls the page. The reload is
 * ours: workbox only reloads for what it counts as an update. With no worker waiting (another tab
 * applied it, so this page already runs the old code against a new worker) a plain reload is the update.
 * Rejects, without reloading, when the session could not be stored.
 */
export async function reloadToUpdate(): Promise<void> {
  await getUpdateGuard()?.prepare();
  const waiting = (await navigator.serviceWorker.getRegistration())?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  // The message the generated worker (registerType 'prompt') answers with skipWaiting().
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
export function dismissOfflineReady(): void {
  isOfflineReady = false;
  notify();
}
