const PATTERNS = {
  tick: [40],
  nextStep: [120, 80, 120],
  switchSides: [250, 100, 250, 100, 250],
  finish: [400],
} as const;

export type VibrationName = keyof typeof PATTERNS;

export function isVibrationAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

export function vibrate(name: VibrationName): void {
  if (isVibrationAvailable()) navigator.vibrate([...PATTERNS[name]]);
}
