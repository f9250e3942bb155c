// One pass over the clone, BEFORE Readability: prune what can never be article text (so Readability
// has less to score: this is where extraction wins back the time cleaning costs), promote lazy-loaded
// images, and defuse DOM clobbering (SECURITY.md F8). One querySelectorAll('*') list walked by index:
// a single native scan in browsers, about as cheap as a TreeWalker under jsdom (the CLI).
import { defuseNames, promoteLazyImage, unwrapNoscriptImage } from './lazy-images';
import { bodyOf, elementWalker } from './safe-dom';

/** Never article text. (<form> itself stays: some CMSs wrap the whole page in one.) */
const NEVER_TEXT = new Set([
  'script', 'style', 'link', 'base', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed',
  'applet', 'audio', 'video', 'map', 'datalist', 'output',
  'progress', 'meter', 'nav',
]);
const ARTICLE_ZONE = 'article, main, [role="main"], [itemprop~="articleBody"]';

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return !(el.getAttribute('class') ?? '').includes('fallback-image');
  return el.getAttribute('role') === 'navigation';
}

function shouldDrop(el: Element): boolean {
  const name = el.localName;
  if (NEVER_TEXT.has(name)) return !(name === 'script' && el.getAttribute('type') === 'application/ld+json');
  if (name === 'dialog') return !el.hasAttribute('open');
  if (isHidden(el)) return true;
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
 * reports them as CSP violations, security-*.e2e). getAttributeNames(): one call per element instead
 * of an Attr object per attribute (the `attributes` walk was a third of this pass in Chromium). */
function dropHandlers(el: Element): void {
  for (const name of el.getAttributeNames()) {
    // /^on/i without a regex per attribute: x | 32 folds ASCII case ('O' → 'o', 'N' → 'n').
    if ((name.charCodeAt(0) | 32) === 111 && (name.charCodeAt(1) | 32) === 110) el.removeAttribute(name);
  }
}

export function prepareClone(doc: Document): PrepareStats {
  const stats: PrepareStats = { pruned: 0, promoted: 0 };
  const body = bodyOf(doc); // via the prototype: <img name="body"> cannot redirect the walk
  if (!body) return stats;
  // A static list in document order, then an index walk: querySelectorAll('*') is native in browsers
  // (a JS TreeWalker step per element cost ~4× more in Chromium) and also beats jsdom's TreeWalker.
  // The walker only finds where a skipped subtree ends (it cannot be fooled by clobbered names).
  const all = Array.from(body.querySelectorAll('*')); // an array: NodeList indexing is a Proxy trap in jsdom
  const count = all.length;
  const walker = elementWalker(doc, body);
  // The first element after `el` and all its descendants, found BEFORE `el` is touched.
  const after = (el: Element): Node | null => {
    walker.currentNode = el;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  const skipTo = (from: number, stop: Node | null): number => {
    let i = from;
    while (i < count && all[i] !== stop) i++;
    return i;
  };
  let i = 0;
  while (i < count) {
    const el = all[i] as Element;
    if (shouldDrop(el)) {
      i = skipTo(i + 1, after(el));
      el.remove();
      stats.pruned++;
      continue;
    }
    if (el.hasAttributes()) dropHandlers(el);
    const name = el.localName;
    if (name === 'img') {
      if (promoteLazyImage(el)) stats.promoted++;
      defuseNames(el);
    } else if (name === 'form') {
      defuseNames(el);
    } else if (name === 'noscript') {
      i = skipTo(i + 1, after(el));
      unwrapNoscriptImage(el);
      continue;
    }
    i++;
  }
  return stats;
}
