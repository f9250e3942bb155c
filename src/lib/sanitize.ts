// The ONLY path from article HTML to a DOM we render (SECURITY.md C.3), and the only file allowed to
// use an HTML sink. Readability's output keeps handlers, some javascript: links, unwrapped noscript
// images and video-host iframes (SECURITY.md §0.2): everything below assumes that input is hostile.
import createDOMPurify from 'dompurify';
import type { DOMPurify } from 'dompurify';
import { HELD_ATTR } from './image-holds';

export interface SanitizeOptions {
  /** User opted in to remote images; otherwise every <img> loses its src and keeps its alt text. */
  remoteImages: boolean;
  /**
   * Images the page itself has already loaded (the in-page reader): any URL the page shows for an image
   * → the URL it fetched. Such an image keeps its src whatever remoteImages says: no new request.
   */
  pageImages?: ReadonlyMap<string, string>;
  /** Keep a checked URL that is not loaded in data-held-src, for image-holds' "Show images" (toFragment only). */
  holdImages?: boolean;
}

export interface ArticleSanitizer {
  /** Sanitized DOM (in DOMPurify's inert document until appended): append it, never re-serialise it. */
  toFragment(html: string, opts: SanitizeOptions): DocumentFragment;
  /** Serialised form, only for CLI output and the clipboard's text/html flavour. */
  toHtml(html: string, opts: SanitizeOptions): string;
}

const LINK_OK = /^(?:https?:|mailto:)/i;
const IMG_OK = /^(?:https:|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/i;
/** A URL the page already fetched may be http: (the page's own scheme); still never script or html. */
const PAGE_IMG_OK = /^https?:\/\//i;
const NO_IMAGES: SanitizeOptions = Object.freeze({ remoteImages: false });
/** Lazy-load attributes, best first (SECURITY.md C3). */
export const LAZY_ATTRS = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-lazy'];
const LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer nofollow', referrerpolicy: 'no-referrer' };
const IMG_ATTRS = { referrerpolicy: 'no-referrer', loading: 'lazy', decoding: 'async' };
const ANCHOR_PREFIX = '#user-content-';

const deepFreeze = <T extends object>(obj: T): T => {
  for (const value of Object.values(obj)) if (value && typeof value === 'object') deepFreeze(value);
  return Object.freeze(obj);
};

/** Frozen so that prototype-pollution-shaped payloads (A18) cannot widen it. */
export const ARTICLE_CONFIG = deepFreeze({
  USE_PROFILES: { html: true }, // no SVG/MathML: the biggest mXSS surface
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup',
    'fieldset', 'label', 'output', 'datalist', 'dialog', 'template', 'slot', 'video', 'audio',
    'source', 'track', 'picture', 'map', 'area', 'marquee', 'blink', 'details', 'summary',
    'meter', 'progress'],
  FORBID_ATTR: ['style', 'class', 'srcset', 'sizes', 'action', 'background', 'popover',
    'popovertarget', 'popovertargetaction', 'commandfor', 'command', 'tabindex', 'accesskey',
    'autofocus', 'usemap', 'ismap', 'crossorigin', 'integrity', 'nonce', 'part', 'exportparts',
    'slot', 'inert', 'draggable', 'contenteditable', 'ping', 'poster'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true, // id/name → user-content-*; #hrefs rewritten in the hook to match
  RETURN_DOM_FRAGMENT: true, // no serialise→re-parse round trip (CVE-2020-26870 class)
  // No Trusted Types policy: creating one in a page with `trusted-types 'none'` is a CSP violation the page sees (H2).
  TRUSTED_TYPES_POLICY: null,
  // ALLOWED_URI_REGEXP stays default: overriding it strips width/height/lang/dir (SECURITY.md §0.6).
  // SAFE_FOR_TEMPLATES unused: no template engine ever sees article DOM.
});

function firstSrcsetCandidate(srcset: string): string {
  const first = srcset.split(',')[0]?.trim() ?? '';
  return first.split(/\s+/)[0] ?? '';
}

function isPlaceholderSrc(src: string): boolean {
  return !src || src.startsWith('data:image/gif') || src.startsWith('data:image/svg') || src === 'about:blank';
}

/** Promote lazy-load attributes to src before DOMPurify strips data-* (C3). */
function promoteLazyImage(img: Element): void {
  if (!isPlaceholderSrc((img.getAttribute('src') ?? '').trim())) return;
  let real = '';
  for (const name of LAZY_ATTRS) {
    real = (img.getAttribute(name) ?? '').trim();
    if (real) break;
  }
  if (!real) real = firstSrcsetCandidate(img.getAttribute('data-srcset') ?? '');
  if (real) img.setAttribute('src', real);
}

function isTrackingPixel(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  return (w > 0 && w <= 2) || (h > 0 && h <= 2);
}

/** Remove-then-set keeps attribute order stable, so sanitizing twice equals sanitizing once. */
function setLast(el: Element, attrs: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(attrs)) el.removeAttribute(name);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
}

function fixLink(a: Element): void {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href) return;
  if (href.startsWith('#')) {
    if (!href.startsWith(ANCHOR_PREFIX)) a.setAttribute('href', ANCHOR_PREFIX + href.slice(1));
    return;
  }
  if (!LINK_OK.test(href)) {
    a.removeAttribute('href');
    return;
  }
  // A click must never navigate the privileged popup itself (B1), nor leak the referrer (C5).
  setLast(a, LINK_ATTRS);
}

/**
 * Images: https or base64 raster data only, and only when the user allows remote images, except an image
 * the page itself already loaded (pageImages: the in-page reader shows it from the page's own fetch).
 * Otherwise the <img> stays WITHOUT src but with its alt text (and, for holdImages, the checked URL in
 * data-held-src): image-holds.ts frames it as a placeholder with one "Show images" control.
 */
function fixImage(img: Element, opts: SanitizeOptions): void {
  if (isTrackingPixel(img)) {
    img.remove();
    return;
  }
  const src = (img.getAttribute('src') ?? '').trim();
  const loaded = src ? opts.pageImages?.get(src) : undefined;
  if (loaded && PAGE_IMG_OK.test(loaded)) img.setAttribute('src', loaded);
  else if (!opts.remoteImages || !IMG_OK.test(src)) {
    img.removeAttribute('src');
    if (opts.holdImages && IMG_OK.test(src)) img.setAttribute(HELD_ATTR, src);
  }
  setLast(img, IMG_ATTRS);
}

function build(win: Window): ArticleSanitizer {
  const purify: DOMPurify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  let imageOpts: SanitizeOptions = NO_IMAGES; // set for the duration of one sanitize() call (not re-entrant)

  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && node.nodeType === 1) promoteLazyImage(node as Element);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') fixLink(node);
    else if (node.nodeName === 'IMG') fixImage(node, imageOpts);
    // URL attributes DOMPurify allows on any element only make sense (and are only checked) on <a>/<img>.
    if (node.nodeName !== 'A') node.removeAttribute?.('href');
    if (node.nodeName !== 'IMG') node.removeAttribute?.('src');
  });

  // The configuration is parsed once for this instance: per call, parsing it was a sixth of plain
  // Readability's time on a short page. Nothing else uses this instance (hooks and config are ours).
  purify.setConfig(ARTICLE_CONFIG);

  const sanitizeRaw = (html: string, opts: SanitizeOptions): DocumentFragment => {
    imageOpts = { remoteImages: opts.remoteImages === true, pageImages: opts.pageImages, holdImages: opts.holdImages === true };
    try {
      return purify.sanitize(String(html)) as unknown as DocumentFragment;
    } finally {
      imageOpts = NO_IMAGES;
    }
  };
  // Return a (still inert) clone: it carries attributes only, whereas Chromium keeps the listener of an inline
  // handler parsed in the inert document after DOMPurify removed the attribute (test/e2e/security-xss).
  const toFragment = (html: string, opts: SanitizeOptions): DocumentFragment =>
    sanitizeRaw(html, opts).cloneNode(true) as DocumentFragment;
  // Serialising reads attributes only (a compiled listener never reaches the string): no clone needed.
  const serialise = (html: string, opts: SanitizeOptions): string => {
    const frag = sanitizeRaw(html, opts);
    const holder = frag.ownerDocument.createElement('div');
    holder.append(frag);
    return holder.innerHTML; // reading only
  };
  // Same parser as DOMPurify's (a full text/html document, content in <body>), without the sanitizing
  // walk: when the string re-parses to itself, the DOM anyone gets from it is the DOM just checked, and
  // sanitizing it again is a no-op (every hook is idempotent; the property tests check toHtml∘toHtml).
  const parser = new (win as unknown as { DOMParser: typeof DOMParser }).DOMParser();
  const reparsesToItself = (out: string): boolean => parser.parseFromString(out, 'text/html').body.innerHTML === out;
  // A sanitized DOM need not survive serialise → parse unchanged (dropping <button> from
  // <p><button><p> leaves a <p> inside a <p>). The string form is therefore re-sanitized until it is
  // parser-stable, so that whoever parses it gets exactly what was checked. Most pages are stable after
  // one pass: a plain re-parse proves it, at a fraction of a second sanitize pass.
  const toHtml = (html: string, opts: SanitizeOptions): string => {
    let out = serialise(html, opts);
    if (reparsesToItself(out)) return out;
    for (let round = 0; round < 3; round++) {
      const next = serialise(out, opts);
      if (next === out) break;
      out = next;
    }
    return out;
  };
  return Object.freeze({ toFragment, toHtml });
}

// Hooks are per DOMPurify instance: one instance per window, never two sets of hooks.
const cache = new WeakMap<Window, ArticleSanitizer>();

export function createArticleSanitizer(win: Window): ArticleSanitizer {
  let sanitizer = cache.get(win);
  if (!sanitizer) {
    sanitizer = build(win);
    cache.set(win, sanitizer);
  }
  return sanitizer;
}

/**
 * Parse an HTML string into a fragment of a fresh, inert document (no browsing context: nothing
 * executes, nothing loads). Used by extraction; NOT a sanitizer — render only via toFragment().
 */
export function parseHtmlFragment(doc: Document, html: string): DocumentFragment {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  const frag = inert.createDocumentFragment();
  frag.append(...Array.from(inert.body.childNodes));
  return frag;
}
