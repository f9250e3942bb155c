// Which title a citation names: the headline displayed on the article. og:title, a JSON-LD headline
// and <title> are often rewritten for search or social ("Rail strike: every cancelled train…" over
// the page's "Signal workers walk out…"); they are evidence, and the page's one visible <h1> is the
// answer when it reads as a headline. Not when it is the site's name (blogs put the blog name in
// <h1>), a section label, or one of several (home pages and indexes have many).
import { cleanText } from '../text-safety';
import { elementsByTag, inChrome } from './dom-scan';

/** Headlines compared give or take case, punctuation and compatibility forms (also headline-anchor.ts). */
export const looseKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Scripts that write words without spaces: a headline there is judged by characters. */
export const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

/** The displayed headline when the page has exactly one <h1> outside chrome that reads as one. */
export function displayedHeadline(doc: Document, names: readonly (string | undefined)[]): string | undefined {
  const h1s = elementsByTag(doc, 'h1').filter((h) => !inChrome(h) && !h.closest('header:not(article header)'));
  if (h1s.length !== 1) return undefined;
  const text = cleanText(h1s[0]?.textContent ?? '', 1000);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (UNSPACED.test(text) ? text.length < 8 : words < 4 || text.length < 20) return undefined;
  const key = looseKey(text);
  // The site's name with a word or two around it ("Archive of Our Own beta") is a logo, not a headline.
  if (names.some((n) => n && looseKey(n).length >= 3 && key.includes(looseKey(n)) && key.length <= looseKey(n).length * 1.6)) return undefined;
  return text.length <= 250 ? text : undefined;
}

/** Same headline, give or take case and punctuation: the merged title (which keeps its source) stays. */
export function sameHeadline(a: string, b: string): boolean {
  return looseKey(a) === looseKey(b);
}
