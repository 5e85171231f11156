/**
 * The leg-turn estimate from the phone's orientation (issue 8). The phone lies on the shin; lying
 * on the back the shin is about horizontal, so turning the leg about its long axis by θ tilts the
 * phone's "up" direction by θ, whatever way round the phone lies (screen down, upside down, across
 * the shin). Only the angle between the zero's up vector and the current one is used, so alpha
 * (compass heading, unreliable indoors) is never needed and there is no wrap-around at ±180°.
 */

/** One DeviceOrientation reading: `t` in ms, beta/gamma in degrees (W3C: beta about x, gamma about y). */
export interface OrientationSample {
  t: number;
  beta: number;
  gamma: number;
}

type Vec = readonly [number, number, number];
const RAD = Math.PI / 180;

/** Earth's "up" in the phone's frame, from beta and gamma (R = Rz(α)·Rx(β)·Ry(γ); alpha drops out). */
export function upVector({ beta, gamma }: Pick<OrientationSample, 'beta' | 'gamma'>): Vec {
  const b = beta * RAD;
  const g = gamma * RAD;
  return [-Math.cos(b) * Math.sin(g), Math.sin(b), Math.cos(b) * Math.cos(g)];
}

const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: Vec): Vec => {
  const n = Math.hypot(...a) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};

/** Degrees between two directions, 0–180. */
export function angleBetween(a: Vec, b: Vec): number {
  return Math.acos(Math.max(-1, Math.min(1, dot(norm(a), norm(b))))) / RAD;
}

/** The mean direction of some samples (vectors averaged, so noise around ±180° gamma cannot cancel out). */
function meanUp(samples: readonly OrientationSample[]): Vec {
  const sum = samples.map(upVector).reduce<Vec>((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]], [0, 0, 0]);
  return norm(sum);
}

export interface TurnOptions {
  /** The first ms of the stream are the zero (the start position). */
  zeroMs: number;
  /** The turn is read over this long once it holds still. */
  windowMs: number;
  /** "Still" means every reading in the window within this many degrees of each other. */
  toleranceDegrees: number;
}
export const TURN_OPTIONS: TurnOptions = { zeroMs: 500, windowMs: 1500, toleranceDegrees: 3 };

/**
 * The turn from the zero, averaged over the latest still window of `windowMs`, in whole degrees;
 * null while it has not settled (a wobble) or the stream is too short.
 */
export function settledTurn(samples: readonly OrientationSample[], options: TurnOptions = TURN_OPTIONS): number | null {
  const first = samples[0];
  if (!first) return null;
  const zeroSamples = samples.filter((s) => s.t - first.t < options.zeroMs);
  const zero = meanUp(zeroSamples);
  const rest = samples.slice(zeroSamples.length);
  const angles = rest.map((s) => ({ t: s.t, a: angleBetween(zero, upVector(s)) }));
  for (let end = angles.length - 1; end >= 0; end--) {
    const endT = angles[end]?.t ?? 0;
    const window = angles.slice(0, end + 1).filter((x) => x.t >= endT - options.windowMs);
    const startT = window[0]?.t ?? endT;
    // The window must really span the time (a gap in the stream is not stillness).
    if (endT - startT < options.windowMs * 0.9 || window.length < 3) continue;
    const values = window.map((x) => x.a);
    if (Math.max(...values) - Math.min(...values) > options.toleranceDegrees) continue;
    return Math.round(values.reduce((s, v) => s + v, 0) / values.length);
  }
  return null;
}
