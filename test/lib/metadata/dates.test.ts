// Strict ISO-8601 parsing (SECURITY.md D4): same answer in every engine, no Date.parse.
import { describe, expect, it } from 'vitest';
import { isoDay, parseIsoDate } from '../../../src/lib/metadata/dates';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('parseIsoDate', () => {
  it.each([
    ['2017-11-18T17:22:00+01:00', '2017-11-18T17:22:00+01:00'],
    ['2017-11-18T17:22+0100', '2017-11-18T17:22+01:00'],
    ['2017-11-18 17:22:00Z', '2017-11-18T17:22:00Z'],
    ['2024-03-14T06:30:00.123Z', '2024-03-14T06:30:00.123Z'],
    ['2017-11-24T18:42:20,314667', '2017-11-24T18:42:20.314667'],
    ['2017-11-18', '2017-11-18'],
    ['2017-11', '2017-11'],
    ['2017', '2017'],
    ['2019/05/04', '2019-05-04'],
    ['20171118', '2017-11-18'],
    ['２０１７-１１-１８', '2017-11-18'],
    ['2024-02-29', '2024-02-29'],
    ['2026-11-25T06:00:00Z', '2026-11-25T06:00:00Z'],
  ])('%s → %s', (raw, out) => {
    expect(parseIsoDate(raw, NOW)).toBe(out);
  });

  it.each([
    '2099-13-45T99:99', '0001-01-01', '1449-12-31', '1e100', 'tomorrow', 'Mon, 13 Feb 2023 10:00:00 GMT',
    '13/02/2023', 'February 13, 2020', '2023-02-29', '2017-11-18T24:00', '2017-11-18T10:00+15:00',
    '2026-11-27', '', '2017-11-18T17:22:00 CET', '2017-1-8',
  ])('rejects %s', (raw) => {
    expect(parseIsoDate(raw, NOW)).toBeUndefined();
  });

  it('isoDay gives the local calendar day', () => {
    expect(isoDay(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
  });
});
