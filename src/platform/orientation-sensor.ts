/**
 * The phone's orientation (DeviceOrientation), for the leg-turn estimate. Feature-detected; iOS
 * asks permission, and only from a tap (`requestOrientationPermission` must run in the handler).
 */
import type { OrientationSample } from '@/domain/assessment/turn-angle';

type WithPermission = typeof DeviceOrientationEvent & { requestPermission?: () => Promise<'granted' | 'denied'> };

export function isOrientationAvailable(): boolean {
  return typeof window !== 'undefined' && 'DeviceOrientationEvent' in window;
}

/** True when readings may flow: granted on iOS, or no permission needed elsewhere. */
export async function requestOrientationPermission(): Promise<boolean> {
  if (!isOrientationAvailable()) return false;
  const ctor = DeviceOrientationEvent as WithPermission;
  if (typeof ctor.requestPermission !== 'function') return true;
  try {
    return (await ctor.requestPermission()) === 'granted';
  } catch {
    return false;
  }
}

/** Calls `onSample` for each reading that has beta and gamma (a desktop fires events with nulls). Returns stop. */
export function watchOrientation(onSample: (sample: OrientationSample) => void): () => void {
  const listener = (e: DeviceOrientationEvent) => {
    if (e.beta === null || e.gamma === null) return;
    onSample({ t: e.timeStamp, beta: e.beta, gamma: e.gamma });
  };
  window.addEventListener('deviceorientation', listener);
  return () => window.removeEventListener('deviceorientation', listener);
}
