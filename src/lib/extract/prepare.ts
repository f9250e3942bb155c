// One pass over the clone, BEFORE Readability: prune what can never be article text (so Readability
// has less to score: this is where extraction wins back the time cleaning costs), promote lazy-loaded
// images, and defuse DOM clobbering (SECURITY.md F8). One TreeWalker walk in document order: cheaper
// than listing every element first, in Chromium (fresh wrappers for the clone) and under jsdom alike.
import { defuseNames, promoteLazyImage, unwrapNoscriptImage } from './lazy-images';
import { bodyOf, elementWalker } from './safe-dom';

/** Never article text. (<form> itself stays: some CMSs wrap the whole page in one.) */
const NEVER_TEXT = new Set([
  'script', 'style', 'link', 'base', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed',
  'applet', 'audio', 'video', 'map', 'datalist', 'output',
  'progress', 'meter', 'nav',
]);
const ARTICLE_ZONE = 'article, main, [role="main"], [itemprop~="articleBody"]';

/** What the attribute names tell, read from one getAttributeNames() call instead of three lookups. */
interface AttrFlags {
  hidden: boolean;
  ariaHidden: boolean;
  role: boolean;
  /** An on* handler is present. */
  handler: boolean;
}

const NO_ATTRS: AttrFlags = { hidden: false, ariaHidden: false, role: false, handler: false };

function attrFlags(names: readonly string[]): AttrFlags {
  const f: AttrFlags = { hidden: false, ariaHidden: false, role: false, handler: false };
  for (const name of names) {
    // /^on/i without a regex per attribute: x | 32 folds ASCII case ('O' → 'o', 'N' → 'n').
    if ((name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110) f.handler = true;
    else if (name === 'hidden') f.hidden = true;
    else if (name === 'aria-hidden') f.ariaHidden = true;
    else if (name === 'role') f.role = true;
  }
  return f;
}

/** hidden, aria-hidden="true" (except fallback images) or role="navigation"; getAttribute only when present. */
function isHidden(el: Element, f: AttrFlags): boolean {
  if (f.hidden) return true;
  if (f.ariaHidden && el.getAttribute('aria-hidden') === 'true') return !(el.getAttribute('class') ?? '').includes('fallback-image');
  return f.role && el.getAttribute('role') === 'navigation';
}

function shouldDrop(el: Element, name: string, f: AttrFlags): boolean {
  if (NEVER_TEXT.has(name)) return !(name === 'script' && el.getAttribute('type') === 'application/ld+json');
  if (name === 'dialog') return !el.hasAttribute('open');
  if (isHidden(el, f)) return true;
  if (name === 'noscript') {
    // Only an image fallback matters (as elements, or as text when cloned from a live page).
    return !el.querySelector('img') && !(el.textContent ?? '').includes('<img');
  }
  if (name === 'header' || name === 'footer') {
    // Site header and footer, never the article's own (inside the article, or holding the headline).
    if (el.closest(ARTICLE_ZONE) || el.querySelector(ARTICLE_ZONE)) return false;
    return !(name === 'header' && el.querySelector('h1'));
  }
  return false;
}

export interface PrepareStats {
  pruned: number;
  promoted: number;
}

/** Removes every on* attribute (page handlers never leave the page: re-parsed by a sanitizer, Chromium
 * reports them as CSP violations, security-*.e2e). */
function dropHandlers(el: Element, names: readonly string[]): void {
  for (const name of names) {
    if ((name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110) el.removeAttribute(name);
  }
}

export function prepareClone(doc: Document): PrepareStats {
  const stats: PrepareStats = { pruned: 0, promoted: 0 };
  const body = bodyOf(doc); // via the prototype: <img name="body"> cannot redirect the walk
  if (!body) return stats;
  // A native TreeWalker over the live tree (it cannot be fooled by clobbered names): in Chromium a
  // step costs less than materialising Array.from(querySelectorAll('*')) for a fresh clone, and a
  // pruned subtree is skipped without being listed. Every change made below is to the current
  // element, an earlier one or a skipped subtree, so the walk visits what a static list would.
  const walker = elementWalker(doc, body);
  // The first element after `el` and all its descendants, found BEFORE `el` is touched.
  const after = (el: Element): Element | null => {
    walker.currentNode = el;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling as Element;
      if (!walker.parentNode()) return null;
    }
  };
  let el = walker.nextNode() as Element | null;
  while (el) {
    const name = el.localName;
    // One getAttributeNames() per element with attributes: the Attr walk, then the separate
    // hidden/aria-hidden/role lookups, were most of this pass in Chromium.
    const names = el.hasAttributes() ? el.getAttributeNames() : null;
    const flags = names ? attrFlags(names) : NO_ATTRS;
    if (shouldDrop(el, name, flags)) {
      const next = after(el);
      el.remove();
      stats.pruned++;
      el = next;
      if (next) walker.currentNode = next;
      continue;
    }
    if (names && flags.handler) dropHandlers(el, names);
    if (name === 'img') {
      if (promoteLazyImage(el)) stats.promoted++;
      defuseNames(el);
    } else if (name === 'form') {
      defuseNames(el);
    } else if (name === 'noscript') {
      const next = after(el);
      unwrapNoscriptImage(el);
      el = next;
      if (next) walker.currentNode = next;
      continue;
    }
    el = walker.nextNode() as Element | null;
  }
  return stats;
}
