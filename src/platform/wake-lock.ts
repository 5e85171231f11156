/**
 * Keeps the screen on while a session runs. The browser drops the lock whenever the page is
 * hidden, so it is re-requested when the page becomes visible again, for as long as it is wanted.
 */
let sentinel: WakeLockSentinel | null = null;
let isWanted = false;

async function request(): Promise<void> {
  if (!isWanted || sentinel || document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
  try {
    sentinel = await navigator.wakeLock.request('screen');
    sentinel.addEventListener('release', () => {
      sentinel = null;
    });
  } catch {
    // Refused (battery saver, no permission): the session still works; the screen may dim.
    sentinel = null;
  }
}

function onVisibilityChange(): void {
  void request();
}

export function holdScreenOn(): void {
  if (isWanted) return;
  isWanted = true;
  document.addEventListener('visibilitychange', onVisibilityChange);
  void request();
}

export function releaseScreen(): void {
  isWanted = false;
  document.removeEventListener('visibilitychange', onVisibilityChange);
  const held = sentinel;
  sentinel = null;
  void held?.release();
}
