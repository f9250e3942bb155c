// Dates shown only as text near the headline ("Dec. 9, 2016 9:13 a.m. ET", "9 décembre 2016 à 09h13",
// "09.12.2016, 09:13 Uhr", "2016年12月9日"). Read with fixed patterns into ISO days (never Date.parse,
// whose free-text reading differs between engines: SECURITY.md D4), then checked by parseIsoDate like
// every other source. Only short lines next to the headline count, outside page chrome (sidebars,
// comments, related links carry other articles' dates); the first line wins, a labelled "updated"
// line is the modification date.
import type { Candidate } from './candidates';
import { around } from './around';
import { elementText, holdersOf, inChrome } from './dom-scan';
import { MONTH_NUMBER, PUBLISHED_LABELS, UPDATED_LABELS } from './month-names';
import { BUDDHIST_OFFSET, ERA_NAMES, PERSIAN_MONTHS, asciiDigits, fromJapaneseEra, fromPersian, isBuddhistYear } from './calendars';

const pad = (n: number): string => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): string | undefined {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  // A year of the Buddhist era (Thai pages: "15/01/2567", "15 ม.ค. 2567") is 543 ahead.
  if (isBuddhistYear(y)) y -= BUDDHIST_OFFSET;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1450 || y > 9999) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTH = '([\\p{L}][\\p{L}\\p{M}.]{1,14}(?: (?:الثاني|الأول))?)';
const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray, monthFirst: boolean) => string | undefined]> = [
  // 2016-12-09 (ISO), 2016.12.09, 2016/12/09
  [/(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // 2016年12月9日, 2016년 12월 9일
  [/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // 09.12.2016, 9/12/2016, 12/9/2016 (month first in US English), 09-12-2016
  [/(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d.]\d)/u, (m, monthFirst) => {
    const a = +m[1]!;
    const b = +m[2]!;
    const [mo, d] = a > 12 ? [b, a] : b > 12 ? [a, b] : monthFirst && m[0].includes('/') ? [a, b] : [b, a];
    return day(+m[3]!, mo, d);
  }],
  // December 9, 2016 · Dec. 9 2016
  [new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu'), (m) => named(m[1]!, +m[2]!, +m[3]!)],
  // 9 December 2016 · 9. Dezember 2016 · 9 de diciembre de 2016 · 9 grudnia 2016 · 9 Aralık 2016
  [new RegExp(`(?<!\\d)(\\d{1,2})(?:er|º|°)?\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+|del\\s+)?(\\d{4})`, 'iu'), (m) => named(m[2]!, +m[1]!, +m[3]!)],
  // 2016. december 9. (Hungarian)
  [new RegExp(`(\\d{4})\\.\\s+${MONTH}\\s+(\\d{1,2})\\.`, 'iu'), (m) => named(m[2]!, +m[3]!, +m[1]!)],
  // ۱۴ اسفند ۱۴۰۲ (Solar Hijri, digits made ASCII first)
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${PERSIAN_MONTHS.join('|')})\\s+(\\d{4})(?!\\d)`, 'u'), (m) =>
    fromPersian(+m[3]!, PERSIAN_MONTHS.findIndex((forms) => forms.split('|').includes(m[2]!)) + 1, +m[1]!)],
  // 令和6年4月3日, 平成元年1月8日 (Japanese era)
  [new RegExp(`(${ERA_NAMES.join('|')})\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`, 'u'), (m) =>
    fromJapaneseEra(m[1]!, m[2] === '元' ? 1 : +m[2]!, +m[3]!, +m[4]!)],
];

function named(month: string, d: number, y: number): string | undefined {
  const key = month.toLowerCase().replace(/\.$/, '');
  const n = MONTH_NUMBER.get(key);
  return n ? day(y, n, d) : undefined;
}

/** The first date in a line of text, as an ISO day. `monthFirst`: the page is US English. */
export function parseTextDate(text: string, monthFirst = false): string | undefined {
  if (text.length > 200) return undefined;
  const t = asciiDigits(text.normalize('NFC')).replace(/\s+/g, ' ');
  let best: { at: number; iso: string } | undefined;
  for (const [re, read] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const iso = read(m, monthFirst);
    if (iso && (!best || m.index < best.at)) best = { at: m.index, iso };
  }
  return best?.iso;
}

/** Each date in a line, with whether a label before it says "updated". */
export function datesInLine(text: string, monthFirst = false): Array<{ iso: string; updated: boolean }> {
  const out: Array<{ iso: string; updated: boolean }> = [];
  // Split before each label so that "Published 9 Dec 2016 Updated 10 Dec 2016" gives two dates.
  const parts = text.split(new RegExp(`(?=${UPDATED_LABELS.source}|${PUBLISHED_LABELS.source})`, 'iu'));
  for (const part of parts) {
    const iso = parseTextDate(part, monthFirst);
    if (iso) out.push({ iso, updated: UPDATED_LABELS.test(part) && !PUBLISHED_LABELS.test(part.slice(0, 12)) });
  }
  return out;
}

/** How far from the headline a date line may be, in elements (the byline block, the date row). */
const REACH = 40;
/** Elements after the headline read before the lines above it (the byline and date rows). */
const NEAR = 6;
const MAX_LINE = 160;

/** Short lines near the headline, outside chrome; an element's own text only when it is a leaf-ish line. */
function lineOf(el: Element): string | undefined {
  if (el.childElementCount > 6) return undefined;
  const text = elementText(el);
  return text.length > 0 && text.length <= MAX_LINE ? text : undefined;
}

/** A line that links another story ("• <a>Parents pack hearing on Elm Street's future</a> (Feb. 11,
 *  2004)"): the date beside a headline link is that story's. A byline's short name link is no story. */
function linksAStory(el: Element): boolean {
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const t = elementText(a);
    if (t.length >= 25 && t.split(' ').length >= 4) return true;
  }
  return false;
}

/** Date candidates from the text next to the headline (after it first, then just before it). */
export function fromTextDates(doc: Document, headline: Element | null, lang: string | undefined): Candidate[] {
  const body = doc.body;
  if (!body || !headline) return [];
  const walk = around(doc, body, headline);
  if (!walk) return [];
  const monthFirst = /^en(?:-(?:us|ca|ph))?$/i.test(lang ?? '');
  const holders = holdersOf(headline);
  const out: Candidate[] = [];
  let published: string | undefined;
  let modified: string | undefined;
  let near = false;
  // Just after the headline, then the line or two just above it ("Publié le …" over the title of an
  // old layout, blind round 7), then further after it, then further above.
  const after = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const order = [...after(1, NEAR), -1, -2, -3, ...after(NEAR + 1, REACH), ...after(4, 8).map((d) => -d)];
  for (const d of order) {
    const el = walk.at(d);
    if (!el || el === headline || headline.contains(el)) continue;
    if (/^(?:a|script|style|noscript|option)$/i.test(el.localName)) continue;
    const line = lineOf(el);
    if (!line || inChrome(el, holders) || linksAStory(el)) continue;
    for (const { iso, updated } of datesInLine(line, monthFirst)) {
      if (updated) modified ??= iso;
      else if (!published) {
        published = iso;
        near = d <= NEAR;
      }
    }
    if (published && modified) break;
    // The first line with a date after the headline settles the publication date.
    if (published && d > 12) break;
  }
  if (published) out.push({ field: 'published', value: published, source: 'text', from: 'page-text', ...(near ? { near } : {}) });
  if (modified) out.push({ field: 'modified', value: modified, source: 'text', from: 'page-text' });
  return out;
}

/** The date a URL carries ("/2016/12/09/slug", "/20161209/"), as evidence of last resort. */
export function fromUrlDate(url: string): Candidate[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  // Unpadded only between slashes ("/2024/3/13/1187342"): a "2024-3-1" run in a slug is rarer a date.
  const m = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:\/|-|$)/.exec(path) ?? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|-|_)/.exec(path) ??
    // "/news/2004/0303/schoolboard.html": the year, then month and day in one segment (old CMSes).
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//.exec(path);
  const iso = m ? day(+m[1]!, +m[2]!, +m[3]!) : undefined;
  return iso ? [{ field: 'published', value: iso, source: 'url', from: 'url' }] : [];
}
