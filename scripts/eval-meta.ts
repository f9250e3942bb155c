// Metadata scoring for scripts/eval.ts: is a title, an author list or a date "right" as a person
// checking a citation would judge it. Kept apart from the eval driver so that tests can pin it.

/** Case, quotes, dashes, spaces and trailing punctuation do not make a title different. */
export function normTitle(s: string): string {
  return s.normalize('NFKC').toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim()
    .replace(/^["']+|["'.:;,]+$/g, '').trim();
}

// Readability's expected titles are its own output, often with the site suffix ("… | Code"): a title
// that is the expected one without a site part (or with it) is the same title.
const SITE_SEP = /^\s*(?:[|\-–—:·•»]|::)\s*/u;

export function titleMatches(expected: string | undefined, got: string | undefined): boolean {
  if (!expected || !got) return !expected && !got;
  const e = normTitle(expected);
  const g = normTitle(got);
  if (e === g) return true;
  const [long, short] = e.length > g.length ? [e, g] : [g, e];
  if (short.length < 8) return false;
  if (long.startsWith(short)) return SITE_SEP.test(long.slice(short.length));
  if (long.endsWith(short)) return SITE_SEP.test([...long.slice(0, long.length - short.length)].reverse().join(''));
  return false;
}

const BYLINE_WORDS = new Set(['by', 'and', 'with', 'par', 'et', 'von', 'und', 'por', 'y', 'e', 'di', 'door', 'en', 'av', 'och', 'og', 'of', 'written', 'posted', 'author', 'authors']);

/** Name tokens of a byline or a list of names: letters only, lower case, without byline words. */
export function nameTokens(s: string): Set<string> {
  return new Set(s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{M}'-]+/u)
    .map((t) => t.replace(/^['-]+|['-]+$/g, '')).filter((t) => t.length > 0 && !BYLINE_WORDS.has(t)));
}

/** Same people named: the token sets of the two name lists are equal. */
export function authorsMatch(expected: string[], got: string[]): boolean {
  const e = nameTokens(expected.join(' , '));
  const g = nameTokens(got.join(' , '));
  if (e.size !== g.size) return false;
  for (const t of e) if (!g.has(t)) return false;
  return true;
}

/**
 * Readability's expected bylines are its own output and often carry debris ("By Lucas Nolan22 Dec
 * 2016651", a job title, the date): right when we name someone and every name we give is in it.
 */
export function authorsWithin(expectedByline: string, got: string[]): boolean {
  if (got.length === 0) return false;
  const e = nameTokens(expectedByline);
  for (const t of nameTokens(got.join(' , '))) if (!e.has(t)) return false;
  return true;
}

/** Same calendar day as written (ISO dates keep the page's zone; the day is the first ten characters). */
export function sameDay(expected: string | undefined, got: string | undefined): boolean {
  if (!expected || !got) return !expected && !got;
  const day = (s: string): string => (/^\d{4}-\d{2}-\d{2}/.exec(s.trim())?.[0] ?? s.trim());
  return day(expected) === day(got);
}

export interface FieldTally { right: number; of: number }
export const tally = (): FieldTally => ({ right: 0, of: 0 });
export const pct = (t: FieldTally): string => (t.of ? `${((100 * t.right) / t.of).toFixed(1)} %` : '—').padStart(7) + ` (${t.right}/${t.of})`;
