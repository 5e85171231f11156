/** Spreadsheet exports: one row per pain check, one per session. */
import Papa from 'papaparse';
import { localTimestamp } from '@/domain/time/local-timestamp';
import type { PainCheckRecord, SessionRecord } from './records';

/** Minutes east of UTC on this device at that instant (so each row gets its own DST offset). */
export type OffsetOf = (ms: number) => number;
const deviceOffset: OffsetOf = (ms) => -new Date(ms).getTimezoneOffset();

// escapeFormulae: a note that starts with "=" must not run as a formula when the file is opened.
const unparse = (fields: string[], data: (string | number)[][]) =>
  Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });

/** Oldest first, the order a spreadsheet chart expects. `nameOf` turns exercise ids into names; times are local, with the offset. */
export function painChecksCsv(
  checks: readonly PainCheckRecord[],
  nameOf: (exerciseId: string) => string = (id) => id,
  offsetOf: OffsetOf = deviceOffset,
): string {
  const iso = (ms: number) => localTimestamp(ms, offsetOf(ms));
  const rows = [...checks]
    .sort((a, b) => a.at - b.at)
    .map((c) => [iso(c.at), c.knee, c.score, c.phase, c.exerciseId === null ? '' : nameOf(c.exerciseId), c.locations.join(';'), c.note]);
  return unparse(['time', 'knee', 'score', 'phase', 'exercise', 'locations', 'note'], rows);
}

/** Duration is wall-clock start to end (pauses included), in minutes to one decimal. Times are local, with the offset. */
export function sessionsCsv(sessions: readonly SessionRecord[], offsetOf: OffsetOf = deviceOffset): string {
  const iso = (ms: number) => localTimestamp(ms, offsetOf(ms));
  const rows = [...sessions]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((s) => {
      const outcomes = s.outcomes ?? [];
      const minutes = s.endedAt === null ? '' : Math.round((s.endedAt - s.startedAt) / 6_000) / 10;
      const isEndedEarly = s.isEndedEarly ?? s.events.some((e) => e.type === 'end');
      return [
        iso(s.startedAt),
        s.routineName,
        s.status,
        minutes,
        outcomes.filter((o) => o === 'done').length,
        outcomes.filter((o) => o === 'skipped').length,
        isEndedEarly ? 'yes' : 'no',
      ];
    });
  return unparse(['date', 'routine', 'status', 'duration_min', 'steps_done', 'steps_skipped', 'ended_early'], rows);
}
