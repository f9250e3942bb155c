// Which title a citation names: the headline displayed on the article. og:title, a JSON-LD headline
// and <title> are often rewritten for search or social ("Rail strike: every cancelled train…" over
// the page's "Signal workers walk out…"); they are evidence, and the page's one visible <h1> is the
// answer when it reads as a headline. Not when it is the site's name (blogs put the blog name in
// <h1>), a section label, or one of several (home pages and indexes have many).
import { cleanText } from '../text-safety';
import { escapeRegExp } from '../regexp';
import { elementsByTag, inChrome } from './dom-scan';

/** Headlines compared give or take case, punctuation and compatibility forms (also headline-anchor.ts). */
export const looseKey = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Scripts that write words without spaces: a headline there is judged by characters. */
export const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;

/** A header of the page (the logo's <h1>), not an article's header: one outside article, main and section. */
function inSiteHeader(h: Element): boolean {
  const header = h.closest('header');
  return !!header && !header.parentElement?.closest('article, main, section, [role="main"]');
}

/** Class words of the kicker or overline set inside the headline element (de Dachzeile, fr surtitre…). */
const KICKER_CLASS = /kicker|overline|eyebrow|topline|roofline|dachzeile|spitzmarke|surtitre|sur-titre|antetitulo|antetítulo|occhiello|bovenkop|label|flag|rubri/i;

/**
 * The headline's text without the kicker set inside it: <h1><span>Verkehrswende</span><span>Köln
 * sperrt…</span></h1>. The first child is a kicker when its class says so, or when the document title
 * writes it before a colon ahead of the rest ("Verkehrswende: Köln sperrt… | Site"), which needs no
 * class word in any language.
 */
function withoutKicker(h1: Element, docTitle: string): string {
  const full = cleanText(h1.textContent ?? '', 1000);
  const kids = Array.from(h1.children);
  const first = kids[0];
  if (!first || kids.length < 2) return full;
  const kicker = cleanText(first.textContent ?? '', 200);
  const rest = cleanText(kids.slice(1).map((k) => k.textContent ?? '').join(' '), 1000);
  if (!kicker || kicker.length > 60 || rest.length < kicker.length || !full.startsWith(kicker)) return full;
  const classed = KICKER_CLASS.test(first.getAttribute('class') ?? '');
  const titled = looseKey(docTitle).startsWith(looseKey(kicker) + looseKey(rest).slice(0, 12)) && new RegExp(`^\\s*${escapeRegExp(kicker)}\\s*[:：|–—-]`, 'u').test(docTitle);
  return classed || titled ? rest : full;
}

/** The displayed headline when the page has exactly one <h1> outside chrome that reads as one. */
export function displayedHeadline(doc: Document, names: readonly (string | undefined)[]): string | undefined {
  const h1s = elementsByTag(doc, 'h1').filter((h) => !inChrome(h) && !inSiteHeader(h));
  if (h1s.length !== 1) return undefined;
  const text = withoutKicker(h1s[0] as Element, doc.title);
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
