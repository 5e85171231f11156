import { describe, expect, it } from 'vitest';
import { knees, legTurn, stance } from '@/domain/assessment/test-results';
import { localIsoTime, selfChecksCsv } from './assessment-csv';

const AT = Date.UTC(2026, 2, 4, 9, 5, 0);

describe('localIsoTime', () => {
  it.each([
    [60, '2026-03-04T10:05:00+01:00'],
    [0, '2026-03-04T09:05:00+00:00'],
    [-330, '2026-03-04T03:35:00-05:30'],
    [600, '2026-03-04T19:05:00+10:00'],
  ])('offset %s min → %s', (offset, expected) => {
    expect(localIsoTime(AT, offset)).toBe(expected);
  });
});

describe('selfChecksCsv', () => {
  it('writes one row per side, oldest first, in local time with the offset', () => {
    const csv = selfChecksCsv(
      [knees('squat-check', 'left', ['knee']), stance('no', 'clearly', 22), { ...legTurn(30, 20), at: 500, note: '=cmd' }],
      (id) => ({ 'lying-leg-turn': 'Lying leg turn' })[id] ?? id,
      () => 60,
    );
    expect(csv.split('\r\n')).toEqual([
      'local_time,check,side,value,measure,detail,note',
      '1970-01-01T01:00:00+01:00,Lying leg turn,left,30,turn in (degrees),picked,"\'=cmd"',
      '1970-01-01T01:00:00+01:00,Lying leg turn,right,20,turn in (degrees),picked,"\'=cmd"',
      '1970-01-01T01:00:02+01:00,single-leg-stance-check,left,22,seconds held,hip drop: no,',
      '1970-01-01T01:00:02+01:00,single-leg-stance-check,right,22,seconds held,hip drop: clearly,',
      '1970-01-01T01:00:03+01:00,squat-check,,left,knees caved in,felt: knee,',
    ]);
  });
});
