import { afterAll, beforeAll, expect } from 'vitest';

/**
 * Runs the enclosing describe block with the process in an IANA time zone. Node re-reads TZ when
 * it is assigned (Date and new Intl formatters alike); Vitest runs each file in its own process,
 * so no other file sees the change. `expectZone` proves the zone took effect, so a table can't
 * pass by quietly running in UTC.
 */
export function inTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

/** The zone's UTC offset at `iso`, in minutes east of UTC, as this process sees it now. */
export const offsetMinutesAt = (iso: string) => 0 - new Date(iso).getTimezoneOffset();

export function expectZone(zone: string, winter: number, summer: number): void {
  expect(process.env.TZ).toBe(zone);
  expect([offsetMinutesAt('2025-01-15T12:00:00Z'), offsetMinutesAt('2025-07-15T12:00:00Z')]).toEqual([winter, summer]);
}
