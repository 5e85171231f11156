import { describe, expect, it } from 'vitest';
import { localTimestamp } from './local-timestamp';

const at = Date.UTC(2025, 2, 4, 8, 0, 30, 999);

describe('localTimestamp', () => {
  it.each([
    ['UTC', 0, '2025-03-04T08:00:30+00:00'],
    ['London summer / Paris winter', 60, '2025-03-04T09:00:30+01:00'],
    ['New York winter', -300, '2025-03-04T03:00:30-05:00'],
    ['India, half an hour', 330, '2025-03-04T13:30:30+05:30'],
    ['Marquesas, minus half an hour', -570, '2025-03-03T22:30:30-09:30'],
    ['across midnight to the next day', 16 * 60, '2025-03-05T00:00:30+16:00'],
    ['Nepal, 45 minutes', 345, '2025-03-04T13:45:30+05:45'],
  ])('%s', (_, offset, expected) => expect(localTimestamp(at, offset)).toBe(expected));

  it('names the same instant whatever the offset', () => {
    for (const offset of [-720, -570, -300, 0, 60, 330, 345, 840]) expect(Date.parse(localTimestamp(at, offset))).toBe(at - 999);
  });
});
