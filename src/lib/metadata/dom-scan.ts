// Cheap DOM tests for the byline/time scanners. Case-insensitive attribute selectors
// ([class*="x" i]) and closest() with them cost ~10× more under jsdom's selector engine than
// walking parents and testing class strings with a regex, on pages with thousands of nodes.
import { BYLINE_CLASS_WORDS } from './byline-words';
import { alternation } from '../regexp';

/**
 * The headline anchor: what `querySelector('article h1, main h1, h1')` returns. A selector list
 * matches in document order and the bare `h1` covers the other two, so it is simply the first <h1>:
 * the tag index answers it, where jsdom's engine scans the whole tree once per list member.
 */
export function firstH1(doc: Document): Element | null {
  return doc.getElementsByTagName('h1').item(0);
}

/** Elements with the tag, in document order, as an array (item(): jsdom's index access is a Proxy trap). */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0, n = list.length; i < n; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}

/** An element's text as one line: whitespace collapsed, trimmed. */
export const elementText = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export const CHROME_TAGS: ReadonlySet<string> = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
// (Not "promoted": Drupal marks every front-page node "node-promoted", article pages included; not
// a negated word, "no-share" on the article body of a WordPress theme, blind round 5.)
export const CHROME_CLASS = /(?<!\bno[-_]?)(?:comment|related|share|sharing|social|newsletter|teaser|promo(?!ted))/i;

/**
 * Inside navigation, footer, aside, a form, comments, related/share widgets or hidden UI.
 * `article`: the headline's ancestors (holdersOf), which are the story's own containers whatever their
 * class says (Substack's story is an <article class="newsletter-post">): the walk stops at them.
 */
export function inChrome(el: Element, article?: ReadonlySet<Element>): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (article?.has(e)) return false;
    if (CHROME_TAGS.has(e.tagName)) return true;
    const cls = e.getAttribute('class');
    if (cls && CHROME_CLASS.test(cls)) return true;
    if (e.id && /comment/i.test(e.id)) return true;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** The elements that hold `headline`, itself excluded (empty without one). */
export function holdersOf(headline: Element | null): Set<Element> {
  const out = new Set<Element>();
  for (let e = headline?.parentElement ?? null; e; e = e.parentElement) out.add(e);
  return out;
}

/** Whitespace-separated attribute value contains the token ("author creator" has "author"). */
export function hasToken(el: Element, attr: string, token: string): boolean {
  const v = el.getAttribute(attr);
  return !!v && v.toLowerCase().split(/\s+/).includes(token);
}

// "author", "signature" in the languages class names are written in (byline-words.ts).
const BYLINE_CLASS = new RegExp(alternation(BYLINE_CLASS_WORDS), 'i');

/**
 * [itemprop~=author], [rel~=author], <address>, or a class/data-testid naming a byline/author.
 * `tag` and `cls` (el's tagName and class attribute) may be passed by a caller that already read them.
 */
export function isBylineElement(el: Element, tag: string = el.tagName, cls: string | null = el.getAttribute('class')): boolean {
  if (hasToken(el, 'itemprop', 'author') || hasToken(el, 'rel', 'author') || tag === 'ADDRESS') return true;
  if (cls && BYLINE_CLASS.test(cls)) return true;
  const testId = el.getAttribute('data-testid');
  return !!testId && /byline/i.test(testId);
}

export function isExplicitAuthor(el: Element): boolean {
  return hasToken(el, 'itemprop', 'author') || hasToken(el, 'rel', 'author');
}
