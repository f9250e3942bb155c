// One TreeWalker pass over the clone, BEFORE Readability: prune what can never be article text (so
// Readability has less to score: this is where extraction wins back the time cleaning costs), promote
// lazy-loaded images, and defuse DOM clobbering (SECURITY.md F8). One walk, because every selector
// query is a full-tree scan under jsdom (the CLI), and a walk is cheap in browsers too.
import { defuseNames, promoteLazyImage, unwrapNoscriptImage } from './lazy-images';
import { bodyOf, elementWalker } from './safe-dom';

/** Never article text. (<form> itself stays: some CMSs wrap the whole page in one.) */
const NEVER_TEXT = new Set([
  'script', 'style', 'link', 'base', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'embed',
  'applet', 'audio', 'video', 'map', 'input', 'select', 'textarea', 'button', 'datalist', 'output',
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

export function prepareClone(doc: Document): PrepareStats {
  const stats: PrepareStats = { pruned: 0, promoted: 0 };
  const body = bodyOf(doc); // via the prototype: <img name="body"> cannot redirect the walk
  if (!body) return stats;
  const walker = elementWalker(doc, body);
  // Move past `walker.currentNode` and all its descendants.
  const skipSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  let node: Node | null = walker.nextNode();
  while (node) {
    const el = node as Element;
    if (shouldDrop(el)) {
      node = skipSubtree();
      el.remove();
      stats.pruned++;
      continue;
    }
    // Page handlers never leave the page: re-parsed by a sanitizer, Chromium reports them as CSP violations (security-*.e2e).
    for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) el.removeAttribute(a.name);
    const name = el.localName;
    if (name === 'img') {
      if (promoteLazyImage(el)) stats.promoted++;
      defuseNames(el);
    } else if (name === 'form') {
      defuseNames(el);
    } else if (name === 'noscript') {
      node = skipSubtree();
      unwrapNoscriptImage(el);
      continue;
    }
    node = walker.nextNode();
  }
  return stats;
}
