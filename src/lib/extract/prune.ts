// What can never be article text goes BEFORE Readability, so that it has less to score: this is
// where extraction wins back the time the cleaning passes cost (target ≤ 1.0× plain Readability).

/** Always removed from the clone's body. (<form> itself stays: some CMSs wrap the whole page in one.) */
const NEVER_TEXT = [
  'script:not([type="application/ld+json"])', 'style', 'link', 'template', 'svg', 'math', 'canvas',
  'iframe', 'frame', 'object', 'embed', 'applet', 'audio', 'video', 'map',
  'input', 'select', 'textarea', 'button', 'datalist', 'output', 'progress', 'meter',
  'nav', '[role="navigation"]', '[hidden]', '[aria-hidden="true"]:not(.fallback-image)', 'dialog:not([open])',
].join(', ');

const ARTICLE_ZONE = 'article, main, [role="main"], [itemprop~="articleBody"]';

/** Removes never-text elements; returns how many subtrees went. */
export function pruneClone(doc: Document): number {
  const body = doc.body as HTMLElement | null;
  if (!body) return 0;
  let removed = 0;
  for (const el of Array.from(body.querySelectorAll(NEVER_TEXT))) {
    el.remove();
    removed++;
  }
  // <noscript> only matters when it holds an image fallback (as elements or, from a live page, as text).
  for (const ns of Array.from(body.querySelectorAll('noscript'))) {
    if (!ns.querySelector('img') && !(ns.textContent ?? '').includes('<img')) {
      ns.remove();
      removed++;
    }
  }
  // Site header and footer, but never one inside or around the article, nor the article's own header.
  for (const el of Array.from(body.querySelectorAll('header, footer'))) {
    if (!el.isConnected || el.closest(ARTICLE_ZONE) || el.querySelector(ARTICLE_ZONE)) continue;
    if (el.localName === 'header' && el.querySelector('h1')) continue;
    el.remove();
    removed++;
  }
  return removed;
}
