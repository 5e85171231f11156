/** Spreadsheet exports: one row per pain check, one per session. */
import Papa from 'papaparse';
import type { PainCheckRecord, SessionRecord } from './records';

const iso = (ms: number) => new Date(ms).toISOString();

// escapeFormulae: a note that starts with "=" must not run as a formula when the file is opened.
const unparse = (fields: string[], data: (string | number)[][]) =>
  Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });

/** Oldest first, the order a spreadsheet chart expects. `nameOf` turns exercise ids into names. */
export function painChecksCsv(checks: readonly PainCheckRecord[], nameOf: (exerciseId: string) => string = (id) => id): string {
  const rows = [...checks]
    .sort((a, b) => a.at - b.at)
    .map((c) => [iso(c.at), c.knee, c.score, c.phase, c.exerciseId === null ? '' : nameOf(c.exerciseId), c.locations.join(';'), c.note]);
  return unparse(['time', 'knee', 'score', 'phase', 'exercise', 'locations', 'note'], rows);
}

/** Duration is wall-clock start to end (pauses included), in minutes to one decimal. */
export function sessionsCsv(sessions: readonly SessionRecord[]): string {
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
