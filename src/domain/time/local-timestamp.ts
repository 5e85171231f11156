const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `ms` as the wall-clock time where it was recorded, with that place's offset from UTC:
 * "2026-03-02T09:00:00+01:00". A physio reads 09:00 as the hour it happened, which "…08:00:00Z"
 * hides; the offset keeps the moment exact. `offsetMinutes` is east of UTC (the negative of
 * `Date#getTimezoneOffset()` for that instant, so DST is right per row).
 */
export function localTimestamp(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
