// Dates in the calendars and digits pages print them in: the Solar Hijri calendar of Iranian and
// Afghan sites ("۱۴ اسفند ۱۴۰۲"), Thailand's Buddhist era ("15 ม.ค. 2567"), Japan's era names
// ("令和6年4月3日"), and the Arabic-Indic, Persian, Devanagari, Bengali, Thai and full-width digits
// they may be written with. The conversion asks the platform's own calendars (Intl, ICU) instead of
// re-implementing them: the Gregorian day whose Persian or Japanese rendering is the one printed.

/** The zero of each decimal digit block a news page may use (each block runs 0–9 from there). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819\uff10-\uff19]/gu;

/** Every decimal digit as its ASCII digit ("۱۴۰۲" → "1402", "١٣" → "13"). */
export function asciiDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT, (c) => {
    const cp = c.codePointAt(0) as number;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9) as number;
    return String(cp - zero);
  });
}

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const isoOf = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatter(calendar: string): Intl.DateTimeFormat | null {
  if (!formatters.has(calendar)) {
    try {
      formatters.set(calendar, new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
        timeZone: 'UTC', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      }));
    } catch {
      formatters.set(calendar, null);
    }
  }
  return formatters.get(calendar) ?? null;
}

/** The day `ms` is in `calendar`: era (as Intl names it), year, month, day. */
function partsIn(fmt: Intl.DateTimeFormat, ms: number): { era: string; y: number; m: number; d: number } {
  const parts = fmt.formatToParts(new Date(ms));
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { era: parts.find((p) => p.type === 'era')?.value ?? '', y: n('year'), m: n('month'), d: n('day') };
}

/**
 * The Gregorian day (ISO) printed as year y, month m, day d of `calendar` (era `era` where it has
 * several), found from a guess near it; undefined when no day prints so (a 31st of a 30-day month).
 */
function fromCalendar(calendar: string, guess: number, y: number, m: number, d: number, era?: string): string | undefined {
  const fmt = formatter(calendar);
  if (!fmt || !Number.isFinite(guess)) return undefined;
  const want = y * 400 + m * 32 + d;
  let ms = guess;
  // Each step moves by the difference in days as the calendar counts them (months of 29–31 days): a
  // few steps reach the day from a guess within weeks of it.
  for (let i = 0; i < 6; i++) {
    const got = partsIn(fmt, ms);
    const have = got.y * 400 + got.m * 32 + got.d;
    if (have === want && (!era || got.era === era)) return isoOf(ms);
    const step = (got.y - y) * 365 + (got.m - m) * 30 + (got.d - d);
    if (step === 0) break;
    ms -= step * DAY;
  }
  for (let k = -3; k <= 3; k++) {
    const got = partsIn(fmt, ms + k * DAY);
    if (got.y === y && got.m === m && got.d === d && (!era || got.era === era)) return isoOf(ms + k * DAY);
  }
  return undefined;
}

/** Solar Hijri (Persian) year, month, day → ISO. Its year begins at the March equinox. */
export function fromPersian(y: number, m: number, d: number): string | undefined {
  if (y < 1300 || y > 1500 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const guess = Date.UTC(y + 621, 2, 21) + ((m - 1) * 31 - Math.max(0, m - 7)) * DAY + (d - 1) * DAY;
  return fromCalendar('persian', guess, y, m, d);
}

/** Japanese era names, as printed, with the Gregorian year before each era's first (元年 is year 1). */
const ERAS: Readonly<Record<string, { start: number; intl: string }>> = {
  令和: { start: 2018, intl: 'Reiwa' }, 平成: { start: 1988, intl: 'Heisei' }, 昭和: { start: 1925, intl: 'Shōwa' },
};
export const ERA_NAMES = Object.keys(ERAS);

/** A Japanese era date ("令和6年4月3日") → ISO. */
export function fromJapaneseEra(era: string, y: number, m: number, d: number): string | undefined {
  const e = ERAS[era];
  if (!e || y < 1 || y > 64 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  // The era's year y is Gregorian start + y; the calendar confirms the day lies within that era.
  const iso = fromCalendar('japanese', Date.UTC(e.start + y, m - 1, d), y, m, d, undefined);
  if (!iso) return undefined;
  const got = partsIn(formatter('japanese') as Intl.DateTimeFormat, Date.parse(iso));
  return got.era.normalize('NFD').replace(/\p{M}/gu, '') === e.intl.normalize('NFD').replace(/\p{M}/gu, '') ? iso : undefined;
}

/** Persian month names (Solar Hijri), Farvardin first; Dari forms beside them. */
export const PERSIAN_MONTHS: readonly string[] = ['فروردین|حمل', 'اردیبهشت|ثور', 'خرداد|جوزا', 'تیر|سرطان', 'مرداد|امرداد|اسد',
  'شهریور|سنبله', 'مهر|میزان', 'آبان|عقرب', 'آذر|قوس', 'دی|جدی', 'بهمن|دلو', 'اسفند|حوت'];

/** Years of the Buddhist era as Thai pages print them (2500 BE = 1957): 543 ahead of the Gregorian. */
export const BUDDHIST_OFFSET = 543;
export const isBuddhistYear = (y: number): boolean => y >= 2450 && y <= 2700;
