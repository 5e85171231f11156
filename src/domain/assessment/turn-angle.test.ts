import { describe, expect, it } from 'vitest';
import { angleBetween, settledTurn, upVector, type OrientationSample } from './turn-angle';

/** A recorded-style stream at 50 Hz: `shape(t)` gives [beta, gamma] at t ms. */
function stream(ms: number, shape: (t: number) => [number, number]): OrientationSample[] {
  return Array.from({ length: Math.floor(ms / 20) }, (_, i) => {
    const [beta, gamma] = shape(i * 20);
    return { t: 1000 + i * 20, beta, gamma };
  });
}
// Deterministic "noise": a mix of sines, about ±1°.
const noise = (t: number) => 0.6 * Math.sin(t / 37) + 0.4 * Math.sin(t / 11);
/** Still at the zero for 0.5 s, turning for 1 s, then holding `degrees` for 2 s. */
const turn =
  (degrees: number, base: [number, number] = [0, 0]) =>
  (t: number): [number, number] => {
    const g = t < 500 ? 0 : t < 1500 ? ((t - 500) / 1000) * degrees : degrees;
    return [base[0], base[1] + g];
  };

describe('upVector / angleBetween', () => {
  it.each([
    [{ beta: 0, gamma: 0 }, { beta: 0, gamma: 30 }, 30],
    [{ beta: 0, gamma: 0 }, { beta: 20, gamma: 0 }, 20],
    [{ beta: 0, gamma: 170 }, { beta: 0, gamma: -170 }, 20],
    [{ beta: 180, gamma: 0 }, { beta: 180, gamma: 25 }, 25],
  ])('%j → %j is %s°', (a, b, expected) => {
    expect(angleBetween(upVector(a), upVector(b))).toBeCloseTo(expected, 6);
  });
});

describe('settledTurn', () => {
  it.each<[string, OrientationSample[], number | null]>([
    ['a clean 30° turn', stream(3500, turn(30)), 30],
    [
      'a 20° turn with ±1° noise',
      stream(3500, (t) => {
        const [b, g] = turn(20)(t);
        return [b + noise(t), g + noise(t + 5)];
      }),
      20,
    ],
    ['the phone upside down (beta 180)', stream(3500, turn(25, [180, 0])), 25],
    ['screen down, across ±180° gamma', stream(3500, (t) => [0, 170 + turn(20)(t)[1]]), 20],
    ['no turn at all reads 0', stream(3500, (t) => [noise(t) * 0.5, noise(t + 9) * 0.5]), 0],
    ['a turn the other way reads the same size', stream(3500, turn(-30)), 30],
    [
      'a wobble before it settles',
      stream(4500, (t) => {
        const [b, g] = turn(30)(t);
        return [b, t < 2500 ? g + 8 * Math.sin(t / 40) : g];
      }),
      30,
    ],
    ['still wobbling at the end', stream(3500, (t) => [0, turn(30)(t)[1] + (t > 1500 ? 8 * Math.sin(t / 40) : 0)]), null],
    ['too short to settle', stream(1600, turn(30)), null],
    ['no samples', [], null],
  ])('%s', (_, samples, expected) => {
    expect(settledTurn(samples)).toBe(expected);
  });
});
