import { describe, expect, it } from 'vitest';
import { asciiDigits, fromJapaneseEra, fromPersian } from '../../../src/lib/metadata/calendars';
import { parseTextDate } from '../../../src/lib/metadata/text-date';

describe('digits of other scripts', () => {
  it('reads Persian, Arabic-Indic, Devanagari, Bengali, Thai and full-width digits as ASCII', () => {
    expect(asciiDigits('۱۴۰۲ ١٣ २०२४ ২০২৪ ๒๕๖๗ ２０２４')).toBe('1402 13 2024 2024 2567 2024');
  });
});

describe('Solar Hijri', () => {
  it.each([
    [1403, 1, 1, '2024-03-20'], [1402, 12, 14, '2024-03-04'], [1403, 7, 23, '2024-10-14'], [1399, 12, 30, '2021-03-20'],
  ])('%i-%i-%i → %s', (y, m, d, iso) => {
    expect(fromPersian(y, m, d)).toBe(iso);
  });
  it('no day prints as the 31st of an autumn month', () => {
    expect(fromPersian(1402, 8, 31)).toBeUndefined();
  });
  it('as pages print it, weekday and time around it', () => {
    expect(parseTextDate('یکشنبه ۵ آذر ۱۴۰۲ - ۰۸:۱۵')).toBe('2023-11-26');
  });
});

describe('Japanese era and Buddhist era', () => {
  it('reads era years, 元年 as the first', () => {
    expect(fromJapaneseEra('令和', 6, 4, 3)).toBe('2024-04-03');
    expect(parseTextDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseTextDate('平成31年4月30日')).toBe('2019-04-30');
  });
  it('refuses a day outside its era', () => {
    expect(fromJapaneseEra('令和', 1, 4, 1)).toBeUndefined();
  });
  it('takes 543 from a Thai Buddhist-era year, in words or digits', () => {
    expect(parseTextDate('3 ก.พ. 2568 เวลา 09:10 น.')).toBe('2025-02-03');
    expect(parseTextDate('๒๒ มีนาคม ๒๕๖๖')).toBe('2023-03-22');
    expect(parseTextDate('03/02/2568')).toBe('2025-02-03');
  });
});
