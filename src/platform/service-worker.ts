/**
 * Service-worker registration behind a tiny observable, so the shell can offer "Reload to update"
 * without knowing about workbox. Never reloads on its own: a session may be running.
 */
import { registerSW } from 'virtual:pwa-register';

type Listener = () => void;
let isUpdateWaiting = false;
let isOfflineReady = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
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
  isUpdateWaiting: boolean;
  isOfflineReady: boolean;
}
let snapshot: UpdateState = { isUpdateWaiting, isOfflineReady };

export function subscribeToUpdates(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function getUpdateState(): UpdateState {
  if (snapshot.isUpdateWaiting !== isUpdateWaiting || snapshot.isOfflineReady !== isOfflineReady) {
    snapshot = { isUpdateWaiting, isOfflineReady };
  }
  return snapshot;
}
/**
 * Activate the waiting worker and reload once it controls the page. The reload is ours: workbox-window
 * only reloads for what it counts as an update, and on the visit that first installed the worker a
 * later version is not counted — the button would do nothing.
 */
export async function reloadToUpdate(): Promise<void> {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await applyUpdate?.(true);
}
export function dismissOfflineReady(): void {
  isOfflineReady = false;
  notify();
}
