/**
 * History's local days and weeks across daylight-saving nights, in two zones that change on
 * different dates. Instants are fixed (ISO with the offset the zone has then); only the process's
 * zone decides where midnights fall. (DESIGN: day boundaries are the user's local midnights.)
 */
import { describe, expect, it } from 'vitest';
import { weekAdherence, type AdherenceSession } from '@/domain/pain/trends';
import { expectZone, inTimeZone } from '../../../tests/setup/time-zone';
import { addDays, daysOfWeek, lastWeeks, startOfDay } from './calendar';
import { groupByDay, type SessionSummary } from './session-summary';

const t = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

/** groupByDay reads only when a session started; the rest of a summary is filler here. */
const started = (iso: string): SessionSummary => ({
  id: iso,
  routineName: 'Daily hip release',
  startedAt: t(iso),
  endedAt: t(iso) + 20 * 60_000,
  durationMs: 20 * 60_000,
  exercisesDone: 5,
  exercisesSkipped: 0,
  isEndedEarly: false,
  isInProgress: false,
  exercises: [],
});

const WORK_STEP = {
  type: 'work',
  mode: 'hold',
  side: 'both',
  set: 1,
  sets: 1,
  durationMs: 60_000,
  exerciseId: 'x',
  exerciseName: 'X',
  kind: 'stretch',
} as const;

const ended = (iso: string): AdherenceSession => ({
  status: 'finished',
  endedAt: t(iso),
  lastSeenAt: t(iso),
  outcomes: ['done'],
  plan: { routineId: 'r', routineName: 'R', steps: [WORK_STEP] },
  events: [],
  isEndedEarly: false,
});

interface Night {
  name: string;
  /** Sessions started around the night, and the local day each belongs to (its midnight, with the offset then). */
  sessions: [started: string, day: string][];
  /** A moment in the week holding the change; that week's Monday midnight, the next Monday's, and the week's length in hours. */
  now: string;
  week: [start: string, end: string, hours: number];
  /** Finished sessions at the week's edges: the first two count this week, the last is next week's. */
  edges: [string, string, string];
}

const ZONES: { zone: string; winter: number; summer: number; nights: Night[] }[] = [
  {
    zone: 'Europe/London',
    winter: 0,
    summer: 60,
    nights: [
      {
        name: 'spring forward (Sun 30 Mar 2025, 01:00 → 02:00)',
        sessions: [
          ['2025-03-29T23:30:00+00:00', '2025-03-29T00:00:00+00:00'],
          ['2025-03-30T00:30:00+00:00', '2025-03-30T00:00:00+00:00'],
          ['2025-03-30T02:30:00+01:00', '2025-03-30T00:00:00+00:00'],
          ['2025-03-30T23:30:00+01:00', '2025-03-30T00:00:00+00:00'],
          ['2025-03-31T00:10:00+01:00', '2025-03-31T00:00:00+01:00'],
        ],
        now: '2025-03-27T12:00:00+00:00',
        week: ['2025-03-24T00:00:00+00:00', '2025-03-31T00:00:00+01:00', 167],
        edges: ['2025-03-24T00:05:00+00:00', '2025-03-30T23:55:00+01:00', '2025-03-31T00:05:00+01:00'],
      },
      {
        name: 'fall back (Sun 26 Oct 2025, 02:00 → 01:00)',
        sessions: [
          ['2025-10-25T23:50:00+01:00', '2025-10-25T00:00:00+01:00'],
          ['2025-10-26T01:30:00+01:00', '2025-10-26T00:00:00+01:00'],
          ['2025-10-26T01:30:00+00:00', '2025-10-26T00:00:00+01:00'],
          ['2025-10-26T23:59:00+00:00', '2025-10-26T00:00:00+01:00'],
          ['2025-10-27T00:00:00+00:00', '2025-10-27T00:00:00+00:00'],
        ],
        now: '2025-10-26T12:00:00+00:00',
        week: ['2025-10-20T00:00:00+01:00', '2025-10-27T00:00:00+00:00', 169],
        edges: ['2025-10-20T00:05:00+01:00', '2025-10-26T23:55:00+00:00', '2025-10-27T00:05:00+00:00'],
      },
    ],
  },
  {
    zone: 'America/New_York',
    winter: -300,
    summer: -240,
    nights: [
      {
        name: 'spring forward (Sun 9 Mar 2025, 02:00 → 03:00)',
        sessions: [
          ['2025-03-08T23:45:00-05:00', '2025-03-08T00:00:00-05:00'],
          ['2025-03-09T01:59:00-05:00', '2025-03-09T00:00:00-05:00'],
          ['2025-03-09T03:00:00-04:00', '2025-03-09T00:00:00-05:00'],
          ['2025-03-09T23:59:00-04:00', '2025-03-09T00:00:00-05:00'],
          ['2025-03-10T00:01:00-04:00', '2025-03-10T00:00:00-04:00'],
        ],
        now: '2025-03-09T12:00:00-04:00',
        week: ['2025-03-03T00:00:00-05:00', '2025-03-10T00:00:00-04:00', 167],
        edges: ['2025-03-03T00:05:00-05:00', '2025-03-09T23:55:00-04:00', '2025-03-10T00:05:00-04:00'],
      },
      {
        name: 'fall back (Sun 2 Nov 2025, 02:00 → 01:00)',
        sessions: [
          ['2025-11-01T23:30:00-04:00', '2025-11-01T00:00:00-04:00'],
          ['2025-11-02T01:30:00-04:00', '2025-11-02T00:00:00-04:00'],
          ['2025-11-02T01:30:00-05:00', '2025-11-02T00:00:00-04:00'],
          ['2025-11-02T23:30:00-05:00', '2025-11-02T00:00:00-04:00'],
          ['2025-11-03T06:00:00-05:00', '2025-11-03T00:00:00-05:00'],
        ],
        now: '2025-10-29T12:00:00-04:00',
        week: ['2025-10-27T00:00:00-04:00', '2025-11-03T00:00:00-05:00', 169],
        edges: ['2025-10-27T00:05:00-04:00', '2025-11-02T23:55:00-05:00', '2025-11-03T00:05:00-05:00'],
      },
    ],
  },
];

describe.each(ZONES)('History in $zone', ({ zone, winter, summer, nights }) => {
  inTimeZone(zone);

  it('runs in that zone', () => expectZone(zone, winter, summer));

  describe.each(nights)('$name', ({ sessions, now, week, edges }) => {
    it('groups each session under the local day it started on, newest day first', () => {
      const days = groupByDay(
        sessions.map(([iso]) => started(iso)),
        startOfDay,
      );
      const expected = [...new Set(sessions.map(([, day]) => t(day)))].sort((a, b) => b - a);
      expect(days.map((d) => d.dayStart)).toEqual(expected);
      for (const [iso, day] of sessions) {
        expect(days.find((d) => d.sessions.some((s) => s.id === iso))?.dayStart, iso).toBe(t(day));
      }
    });

    it('the week runs Monday midnight to Monday midnight, however many hours that is', () => {
      const [range] = lastWeeks(t(now), 1);
      expect(range).toEqual({ start: t(week[0]), end: t(week[1]) });
      expect(((range?.end ?? 0) - (range?.start ?? 0)) / HOUR).toBe(week[2]);
    });

    it('the seven day dots are seven local midnights, one per date', () => {
      const days = daysOfWeek(t(week[0]));
      expect(days.map((d) => new Date(d).getHours())).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(new Set(days.map((d) => new Date(d).getDate())).size).toBe(7);
      expect(addDays(days[6] ?? 0, 1)).toBe(t(week[1]));
    });

    it('weekly adherence counts a session late on the Sunday and none from the next Monday', () => {
      const [range] = lastWeeks(t(now), 1);
      if (!range) throw new Error('no week');
      const result = weekAdherence(edges.map(ended), range.start, 5, range.end);
      expect(result.finished).toBe(2);
      const next = weekAdherence(edges.map(ended), range.end, 5, addDays(range.end, 7));
      expect(next.finished).toBe(1);
    });
  });
});
