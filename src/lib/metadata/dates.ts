// Strict ISO-8601 date parsing. Never Date.parse on page text: engines disagree on free-text
// formats (SECURITY.md D4), and the same page must give the same citation in Chrome and Firefox.

const ISO =
  /^(\d{4})(?:([-/])(\d{2})(?:\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
/** Compact basic format sometimes used in meta tags: 20171118 or 20171118T172200Z. */
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/i;

export const MIN_YEAR = 1450;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normOffset(tz: string | undefined): string {
  if (!tz) return '';
  if (/^z$/i.test(tz)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/**
 * Parse a strict ISO-8601 date ("2017", "2017-11", "2017-11-18", "2017-11-18T17:22[:00][.sss][Z|±hh:mm]",
 * Highwire's "2017/11/18"). Returns the canonical string with the timezone kept as written, or
 * undefined when malformed or outside 1450 … now + 1 day.
 */
export function parseIsoDate(raw: string, now: Date = new Date()): string | undefined {
  const s = raw.trim().normalize('NFKC');
  if (s.length > 40) return undefined;
  const m = ISO.exec(s) ?? BASIC.exec(s);
  if (!m) return undefined;
  const basic = m.length === 8;
  const [year, month, day, hour, minute, second, frac, tz] = basic
    ? [m[1], m[2], m[3], m[4], m[5], m[6], undefined, m[7]]
    : [m[1], m[3], m[4], m[5], m[6], m[7], m[8], m[9]];
  const y = Number(year);
  const mo = month === undefined ? undefined : Number(month);
  const d = day === undefined ? undefined : Number(day);
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (d !== undefined && mo !== undefined && (d < 1 || d > daysIn(y, mo))) return undefined;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) return undefined;
  const off = normOffset(tz);
  if (tz && !off) return undefined;
  if (off.length > 1) {
    const [, hh, mm] = /^[+-](\d{2}):(\d{2})$/.exec(off) ?? [];
    if (Number(hh) > 14 || Number(mm) > 59) return undefined;
  }
  // Range check on the earliest instant the value can denote (so a bare "2026" is fine in 2026).
  if (y < MIN_YEAR) return undefined;
  const earliest = Date.UTC(y, (mo ?? 1) - 1, d ?? 1, Number(hour ?? 0), Number(minute ?? 0)) - 14 * 3600_000;
  if (earliest > now.getTime() + 24 * 3600_000) return undefined;
  let out = year ?? '';
  if (mo !== undefined) out += `-${month}`;
  if (d !== undefined) out += `-${day}`;
  // Fractional seconds are kept (as written, "." separator) so the instant compares equal.
  const sec = second !== undefined ? `:${second}${frac ? '.' + frac : ''}` : '';
  if (hour !== undefined) out += `T${hour}:${minute}${sec}${off}`;
  return out;
}

/** Year, month, day as written (no timezone conversion: the page's local date is the cited date). */
export function dateParts(iso: string): [number] | [number, number] | [number, number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[2] === undefined) return [y];
  if (m[3] === undefined) return [y, Number(m[2])];
  return [y, Number(m[2]), Number(m[3])];
}

/** YYYY-MM-DD of a Date in the local timezone: the reader's "today" (access dates). */
export function isoDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
