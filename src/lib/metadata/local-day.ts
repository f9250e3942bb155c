// A UTC instant is not the day a reader saw. Many CMSes write structured dates in UTC ("…T03:40:00Z"):
// a story posted at 21:40 in Mexico City carries the next day's date, and citations read the day as
// written (dates.ts dateParts). The cited day is the page's local day, found from, in order:
// 1. the page's other dates for the same field (a date-only or offset value, the byline's text date,
//    the URL's date) when one lies within the instant's possible local days (UTC−12 … UTC+14);
// 2. the page's time zone, from its country (ccTLD, then a region in its language tags) or a language
//    spoken within one offset band (country-zones.ts).
// Values with a non-zero offset are already local and are left as written.
import { COUNTRY_ZONE, GENERIC_CCTLDS, LANGUAGE_ZONE, PSEUDO_REGIONS } from './country-zones';

const OFFSET = /([+-])(\d{2}):(\d{2})$/;
const HOUR = 3600_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date and wall time at the start of an ISO value, read as if UTC, and what follows them. */
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?/;
function wallClock(iso: string): { ms: number; rest: string } | undefined {
  const m = WALL.exec(iso);
  return m ? { ms: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)), rest: iso.slice(m[0].length) } : undefined;
}

/** The instant of a UTC value ("…Z", "…+00:00"), else undefined. */
function utcMs(iso: string): number | undefined {
  const w = wallClock(iso);
  return w && /^(?:Z|[+-]00:00)$/.test(w.rest) ? w.ms : undefined;
}

/** The instant of a value with a time and an offset (parseIsoDate's canonical form), else undefined. */
function instantOf(iso: string): number | undefined {
  const w = wallClock(iso);
  const off = OFFSET.exec(iso);
  if (!w || !off) return undefined;
  const sign = off[1] === '-' ? -1 : 1;
  return w.ms - sign * (+off[2]! * HOUR + +off[3]! * 60_000);
}

/** A wall time with no offset ("2023-11-15T03:40:00") read as if UTC, or undefined. */
function floatingMs(iso: string): number | undefined {
  const w = wallClock(iso);
  return w && w.rest === '' ? w.ms : undefined;
}

const dayStart = (iso: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : undefined;
};

/** The instant written in `zone` ("2023-03-01T21:40:00-06:00"), or undefined when the zone is unknown. */
export function inZone(ms: number, zone: string): string | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(ms));
  } catch {
    return undefined;
  }
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const [y, mo, d, h, mi, s] = [n('year'), n('month'), n('day'), n('hour'), n('minute'), n('second')];
  if (![y, mo, d, h, mi, s].every(Number.isFinite)) return undefined;
  const offMin = Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offMin < 0 ? '-' : '+';
  const off = `${sign}${pad(Math.floor(Math.abs(offMin) / 60))}:${pad(Math.abs(offMin) % 60)}`;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${off}`;
}

/** The page's time zone from its host and language tags ("es-MX", "nl_NL", "hi"), or undefined. */
export function pageZone(host: string, langs: readonly string[]): string | undefined {
  const tld = /\.([a-z]{2})$/i.exec(host)?.[1]?.toLowerCase();
  if (tld && !GENERIC_CCTLDS.has(tld) && COUNTRY_ZONE[tld]) return COUNTRY_ZONE[tld];
  for (const l of langs) {
    const tag = l.trim().toLowerCase().replace('-', '_');
    const region = /^[a-z]{2,3}_([a-z]{2})\b/.exec(tag)?.[1];
    // Facebook's locales name regions that are none ("ar_AR" is Arabic, not Argentina).
    if (region && COUNTRY_ZONE[region] && !PSEUDO_REGIONS.has(tag.slice(0, 5))) return COUNTRY_ZONE[region];
  }
  for (const l of langs) {
    const lang = /^([a-z]{2,3})\b/i.exec(l.trim())?.[1]?.toLowerCase();
    if (lang && LANGUAGE_ZONE[lang]) return LANGUAGE_ZONE[lang];
  }
  return undefined;
}

/**
 * The value to cite for `iso` (a validated date of one field): unchanged unless it is a UTC instant
 * whose local day the page's other evidence (`others`, validated values, best first) or `zone` gives.
 */
export function localDay(iso: string, others: readonly string[], zone: string | undefined): string {
  const ms = utcMs(iso);
  if (ms === undefined) return iso;
  // Intl formatters cost more than the rest of this: built only when the zone is needed.
  const zoned = (): string | undefined => (zone ? inZone(ms, zone) : undefined);
  for (const other of others) {
    if (utcMs(other) !== undefined) continue; // another UTC instant says nothing of the local day
    const same = instantOf(other);
    if (same === ms) return other; // the same instant written in local time
    // Another instant with its offset is another event (an update, a print edition): its day is no
    // witness of this one's (blind round 6: an update at 07:10+01:00 moved a 17:42Z story a day on).
    if (same !== undefined) continue;
    const clock = floatingMs(other);
    if (clock !== undefined) {
      // A wall time without a zone: the same UTC value written without its "Z" says nothing; the same
      // instant in some zone (a whole quarter-hour off, within UTC−12 … UTC+14) gives its day.
      const off = clock - ms;
      if (off === 0 || off % (15 * 60_000) !== 0 || off < -12 * HOUR || off > 14 * HOUR) continue;
      return other.slice(0, 10);
    }
    const start = dayStart(other);
    if (start === undefined) continue;
    // A local day the instant can fall on: midnight there is 14 h ahead to 12 h behind UTC.
    if (ms < start - 14 * HOUR || ms >= start + 36 * HOUR) continue;
    const day = other.slice(0, 10);
    if (day === iso.slice(0, 10)) return iso;
    const local = zoned();
    return local?.startsWith(day) ? local : day;
  }
  return zoned() ?? iso;
}
