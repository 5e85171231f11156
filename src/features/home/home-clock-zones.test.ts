/**
 * The next-morning check ("how is your knee this morning?") across daylight-saving nights and
 * travel. Instants are fixed (ISO with the offset where the person was); the process's zone is
 * where the phone is when home opens. The rule: the first open on the local day after the session.
 */
import { describe, expect, it } from 'vitest';
import { isMorningCheckDue } from '@/domain/pain/next-morning';
import { expectZone, inTimeZone } from '../../../tests/setup/time-zone';
import { homeClockAt } from './home-status-query';

const due = (sessionEnded: string, homeOpened: string) => {
  const clock = homeClockAt(Date.parse(homeOpened));
  const last = { endedAt: Date.parse(sessionEnded), isEndedEarly: false, hasMorningCheck: false };
  return isMorningCheckDue(last, clock.yesterdayStart, clock.todayStart);
};

const ZONES: { zone: string; winter: number; summer: number; cases: [name: string, ended: string, opened: string, due: boolean][] }[] = [
  {
    zone: 'Europe/London',
    winter: 0,
    summer: 60,
    cases: [
      ['evening before spring forward → Sunday morning', '2025-03-29T21:00:00+00:00', '2025-03-30T08:00:00+01:00', true],
      ['evening before spring forward → Sunday just after midnight', '2025-03-29T21:00:00+00:00', '2025-03-30T00:10:00+00:00', true],
      [
        'evening before spring forward → Sunday, still that Saturday night',
        '2025-03-29T21:00:00+00:00',
        '2025-03-29T23:59:00+00:00',
        false,
      ],
      ['in the short night itself → Monday morning', '2025-03-30T00:40:00+00:00', '2025-03-31T07:00:00+01:00', true],
      ['Sunday of the 23 h day, late → Monday just after midnight', '2025-03-30T23:30:00+01:00', '2025-03-31T00:05:00+01:00', true],
      ['Saturday evening → Monday (two days later)', '2025-03-29T21:00:00+00:00', '2025-03-31T07:00:00+01:00', false],
      ['evening before fall back → Sunday morning', '2025-10-25T21:00:00+01:00', '2025-10-26T08:00:00+00:00', true],
      ['in the repeated hour (second 01:30) → Sunday morning, same day', '2025-10-26T01:30:00+00:00', '2025-10-26T08:00:00+00:00', false],
      ['in the repeated hour (first 01:30) → Monday morning', '2025-10-26T01:30:00+01:00', '2025-10-27T07:00:00+00:00', true],
      ['Sunday of the 25 h day, 23:30 → Monday morning', '2025-10-26T23:30:00+00:00', '2025-10-27T07:00:00+00:00', true],
      ['Saturday 23:30 → Monday (two days, 32 h across the 25 h day)', '2025-10-25T23:30:00+01:00', '2025-10-27T07:00:00+00:00', false],
    ],
  },
  {
    zone: 'America/New_York',
    winter: -300,
    summer: -240,
    cases: [
      ['evening before spring forward → Sunday morning', '2025-03-08T20:00:00-05:00', '2025-03-09T08:00:00-04:00', true],
      ['01:59, just before the skipped hour → Monday morning', '2025-03-09T01:59:00-05:00', '2025-03-10T06:30:00-04:00', true],
      ['01:59, just before the skipped hour → Sunday 03:00, same day', '2025-03-09T01:59:00-05:00', '2025-03-09T03:00:00-04:00', false],
      ['evening before fall back → Sunday morning', '2025-11-01T20:00:00-04:00', '2025-11-02T08:00:00-05:00', true],
      ['in the repeated hour → Monday morning', '2025-11-02T01:30:00-05:00', '2025-11-03T07:00:00-05:00', true],
      ['Sunday 23:30 of the 25 h day → Tuesday', '2025-11-02T23:30:00-05:00', '2025-11-04T07:00:00-05:00', false],
    ],
  },
  {
    // The traveller, landed in London: the session was in Tokyo (9 hours ahead in winter, 8 in summer).
    zone: 'Europe/London',
    winter: 0,
    summer: 60,
    cases: [
      ['Tokyo evening → London next morning', '2025-03-10T20:00:00+09:00', '2025-03-11T08:00:00+00:00', true],
      ['Tokyo evening → London that same evening (landed)', '2025-03-10T20:00:00+09:00', '2025-03-10T19:00:00+00:00', false],
      ['Tokyo morning → London next morning', '2025-03-10T07:00:00+09:00', '2025-03-11T07:00:00+00:00', false],
      ['Tokyo evening in summer → London next morning', '2025-07-10T21:00:00+09:00', '2025-07-11T08:00:00+01:00', true],
    ],
  },
  {
    // The reverse: the session was in London, the phone is now in Tokyo (no daylight saving there).
    zone: 'Asia/Tokyo',
    winter: 540,
    summer: 540,
    cases: [
      ['London evening → Tokyo, the morning after landing', '2025-03-10T20:00:00+00:00', '2025-03-12T08:00:00+09:00', true],
      ['London evening → Tokyo, three hours later (not a night)', '2025-03-10T20:00:00+00:00', '2025-03-11T08:00:00+09:00', false],
      ['London morning → Tokyo next morning', '2025-03-10T07:00:00+00:00', '2025-03-11T08:00:00+09:00', true],
      ['London evening in summer → Tokyo, the morning after landing', '2025-07-10T20:00:00+01:00', '2025-07-12T08:00:00+09:00', true],
    ],
  },
];

describe.each(ZONES)('the next-morning check with the phone in $zone', ({ zone, winter, summer, cases }) => {
  inTimeZone(zone);

  it('runs in that zone', () => expectZone(zone, winter, summer));

  it.each(cases)('%s → due: %s', (_name, ended, opened, expected) => {
    expect(due(ended, opened)).toBe(expected);
  });

  it('today and yesterday start at local midnights, a calendar day apart, even across a clock change', () => {
    for (const [, , opened] of cases) {
      const { todayStart, yesterdayStart } = homeClockAt(Date.parse(opened));
      expect(new Date(todayStart).getHours()).toBe(0);
      expect(new Date(yesterdayStart).getHours()).toBe(0);
      expect(todayStart - yesterdayStart).toBeGreaterThanOrEqual(23 * 3_600_000);
      expect(todayStart - yesterdayStart).toBeLessThanOrEqual(25 * 3_600_000);
      expect(new Date(todayStart).getDate()).not.toBe(new Date(yesterdayStart).getDate());
    }
  });
});
