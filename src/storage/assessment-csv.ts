/**
 * Self-check results as a spreadsheet: one row per side (or one row for a knees check), oldest
 * first, times in the phone's local time with its UTC offset ("2026-03-04T10:05:00+01:00"), so a
 * physio reads the hour the person saw and a machine can still order them.
 */
import Papa from 'papaparse';
import type { Assessment } from '@/domain/assessment/types';

const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');

/** Local time with offset. `offsetMinutes` is for tests; by default the phone's offset at that moment. */
export function localIsoTime(ms: number, offsetMinutes = -new Date(ms).getTimezoneOffset()): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${date}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

type Row = [string, string, string, number | string, string, string, string];

function rowsOf(a: Assessment, name: string, time: string): Row[] {
  switch (a.kind) {
    case 'leg-turn':
      return (['left', 'right'] as const).flatMap((side): Row[] => {
        const r = a.result[side];
        const what = a.result.direction === 'in' ? 'turn in (degrees)' : 'turn out (degrees)';
        return r ? [[time, name, side, r.degrees, what, r.method === 'phone' ? 'phone estimate' : 'picked', a.note]] : [];
      });
    case 'single-leg-stance':
      return (['left', 'right'] as const).flatMap((side): Row[] => {
        const r = a.result[side];
        return r ? [[time, name, side, r.seconds, 'seconds held', `hip drop: ${r.hipDrop ?? 'not noted'}`, a.note]] : [];
      });
    case 'knees-cave':
      return [[time, name, '', a.result.cave ?? 'not noted', 'knees caved in', `felt: ${a.result.felt.join(';')}`, a.note]];
  }
}

/** `nameOf` turns exercise ids into names. */
export function selfChecksCsv(
  results: readonly Assessment[],
  nameOf: (exerciseId: string) => string = (id) => id,
  offsetOf?: (ms: number) => number,
): string {
  const rows = [...results]
    .sort((a, b) => a.at - b.at)
    .flatMap((a) => rowsOf(a, nameOf(a.exerciseId), localIsoTime(a.at, offsetOf?.(a.at))));
  return Papa.unparse(
    { fields: ['local_time', 'check', 'side', 'value', 'measure', 'detail', 'note'], data: rows },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
