// The images this page has already fetched, for the in-page reader: showing them again from the same
// URL makes no request the page did not make (the document's list of available images serves them).
// Keyed by every URL the page's markup gives an image (src, lazy-load attributes), valued by the URL
// it actually loaded (currentSrc: the srcset or <picture> candidate the browser chose), because the
// article's copy of an <img> keeps only its src.
import { LAZY_ATTRS } from '../lib/sanitize';

const MAX_IMAGES = 2000;

export function pageImages(doc: Document): Map<string, string> {
  const loaded = new Map<string, string>();
  for (const img of Array.from(doc.images).slice(0, MAX_IMAGES)) {
    if (!img.complete || img.naturalWidth === 0) continue;
    const fetched = img.currentSrc || img.src;
    if (!/^https?:/i.test(fetched)) continue;
    loaded.set(fetched, fetched);
    if (img.src) loaded.set(img.src, fetched);
    for (const name of LAZY_ATTRS) {
      const value = img.getAttribute(name);
      if (!value) continue;
      try {
        loaded.set(new URL(value.trim(), doc.baseURI).href, fetched);
      } catch {
        // not a URL: nothing the article can point at
      }
    }
  }
  return loaded;
}
