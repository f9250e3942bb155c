// The detector runs as a content script on EVERY http(s) page, so it must stay tiny and fast:
// only targeted selectors, a capped JSON-LD read, and isProbablyReaderable (the small readerable
// module, never Readability itself) only when the structured signals are inconclusive.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { DetectResult } from './types';
import { byTag, elementWalker, query } from './extract/safe-dom';
import { langWeight } from './clean/density';
import { DATE_TEXT } from './date-line';

const MAX_LD_SCRIPTS = 8;
const MAX_LD_CHARS = 200_000;
const MAX_LD_NODES = 200;

const NEWS_TYPES = /NewsArticle$|^Report$|^LiveBlogPosting$/;
const ARTICLE_TYPES = /^(?:Article|BlogPosting|SocialMediaPosting|OpinionNewsArticle|ScholarlyArticle|TechArticle|Review)$/;
const NOT_ARTICLE_TYPES = /^(?:Product|ProductGroup|Offer|SearchResultsPage|CollectionPage|ProfilePage|ItemList|CheckoutPage|Store)$/;

/** Collect @type values from one JSON-LD value, following arrays and @graph, bounded. */
function collectTypes(value: unknown, out: string[]): void {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length && seen++ < MAX_LD_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      stack.push(...v.slice(0, MAX_LD_NODES));
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const t = o['@type'];
      if (typeof t === 'string') out.push(t);
      else if (Array.isArray(t)) for (const x of t) if (typeof x === 'string') out.push(x);
      if (o['@graph']) stack.push(o['@graph']);
      if (o['mainEntity'] && typeof o['mainEntity'] === 'object') stack.push(o['mainEntity']);
    }
  }
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const scripts = byTag(doc, 'script');
  for (let i = 0, used = 0; i < scripts.length && used < MAX_LD_SCRIPTS; i++) {
    if (scripts[i]?.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    used++;
    const text = scripts[i]?.textContent ?? '';
    if (!text || text.length > MAX_LD_CHARS) continue;
    try {
      collectTypes(JSON.parse(text), types);
    } catch {
      // Malformed JSON-LD is common and never fatal (SECURITY.md G6).
    }
  }
  return types.map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

// Utility pages are never articles; listing segments only count when the last segment is not itself
// article-shaped (WordPress permalinks like /category/politics/a-long-article-slug exist).
const UTILITY_PATH =
  /\/(?:search|recherche|suche|buscar|login|log-in|signin|sign-in|signup|sign-up|register|account|my-account|cart|basket|panier|warenkorb|checkout)(?:\/|$)/i;
const LISTING_PATH =
  /\/(?:tags?|topics?|themen|category|categories|categorie|section|sections|rubrique|archives?|author|authors|auteur|products?|produit|shop|store|page)(?:\/|$)/i;
const DATE_PATH = /\/(?:19|20)\d\d[/-]?(?:0?[1-9]|1[0-2])[/-]?(?:\d\d)?(?:\/|[-_]|$)|[-_/](?:19|20)\d{6}(?:[-_/.]|$)/;

const QUERY_ID = /^\d{3,}(?:[-_]\d{1,4})?$/;

/** URL shape: +1 article-like, 0 unknown, -1 listing/utility, -2 site home page. */
export function urlShape(url: string): { score: number; reason: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { score: 0, reason: 'unparsable' };
  }
  const path = u.pathname.replace(/\/+$/, '');
  const params = u.searchParams;
  if (params.has('q') || params.has('s') || params.has('query') || params.has('search')) return { score: -1, reason: 'search' };
  // news.php?id=88297, story.asp?id=20161209-01, index.php?tx_ttnews[tt_news]=5793: one item of a script.
  // The query string is split by hand: in a Firefox content script URLSearchParams' iterators are
  // Xray-wrapped and not iterable ("r.values() is not iterable").
  for (const pair of u.search.slice(1).split('&')) {
    if (QUERY_ID.test(pair.slice(pair.indexOf('=') + 1))) return { score: 1, reason: 'query-id' };
  }
  if (!path || /^\/(?:index\.\w+|home|[a-z]{2}(?:-[a-z]{2})?)$/i.test(path)) return { score: -2, reason: 'home' };
  if (UTILITY_PATH.test(path + '/')) return { score: -1, reason: 'utility' };
  const last = path.slice(path.lastIndexOf('/') + 1).replace(/\.\w{2,5}$/, '');
  const slug = last.split(/[-_]/).length >= 4 || last.length >= 30;
  if (DATE_PATH.test(path)) return { score: 1, reason: 'date' };
  if (slug) return { score: 1, reason: 'slug' };
  if (LISTING_PATH.test(path + '/')) return { score: -1, reason: 'listing' };
  if (/\d{5,}/.test(last)) return { score: 1, reason: 'id' };
  if (path.split('/').length === 2) return { score: -1, reason: 'section' };
  return { score: 0, reason: 'unknown' };
}

const BYLINE_CLASS = /byline|author|auteur|autor|dateline/i;
const NEAR_H1_BUDGET = 400; // elements examined around the headline, whatever the page size

function isBylineOrTime(el: Element): boolean {
  if (el.localName === 'time') return el.hasAttribute('datetime');
  if (/(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '') || /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) return true;
  const cls = el.getAttribute('class');
  return !!cls && BYLINE_CLASS.test(cls);
}

const MAX_DATE_LINE = 120;

/**
 * el.textContent when it is at most `max` characters, else null, read without building the text of a
 * wrapper: in the walk round the headline, textContent of each wrapper on the way down would copy
 * the whole article, on every page the detector runs on.
 */
function shortText(el: Element, max: number): string | null {
  let text = '';
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      text += node.nodeValue ?? '';
      if (text.length > max) return null;
    }
    if (node.firstChild && node.nodeType === 1) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return text;
}

function datesLine(el: Element): boolean {
  if (el.childElementCount > 3) return false;
  const text = shortText(el, MAX_DATE_LINE);
  return text !== null && DATE_TEXT.test(text);
}

/** A byline, a <time> or a printed date in the block around the first h1: a bounded walk, never a page scan. */
function bylineNearHeadline(doc: Document): boolean {
  const h1 = byTag(doc, 'h1')[0];
  const box = h1?.parentElement?.parentElement ?? h1?.parentElement;
  if (!box || box.localName === 'html') return false;
  const walker = elementWalker(doc, box);
  let n = 0;
  for (let node = walker.nextNode(); node && n < NEAR_H1_BUDGET; node = walker.nextNode(), n++) {
    if (isBylineOrTime(node as Element) || datesLine(node as Element)) return true;
  }
  return false;
}

// A news site's sign-in box sits in its header, a menu or a modal, on every page: only a password
// field in the page's own content says "this is a login page". Ancestors only: a bounded climb.
const CHROME_TAGS = new Set(['header', 'nav', 'aside', 'footer', 'dialog']);
const CHROME_HINT = /modal|popup|pop-up|overlay|dropdown|drop-down|flyout|offcanvas|off-canvas|drawer|layer|lightbox|header|menu|navbar|sidebar|account|konto|compte|cuenta/i;
const MAX_CLIMB = 25;

function inSiteChrome(el: Element): boolean {
  let n = 0;
  for (let e: Element | null = el.parentElement; e && n < MAX_CLIMB; e = e.parentElement, n++) {
    if (CHROME_TAGS.has(e.localName) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
    const role = e.getAttribute('role');
    if (role === 'dialog' || role === 'banner' || role === 'navigation' || role === 'complementary') return true;
    const hint = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (hint.length > 1 && CHROME_HINT.test(hint)) return true;
  }
  return false;
}

export interface DetectOptions {
  /** Known readerability (extraction already ran): skips isProbablyReaderable. */
  readerable?: boolean;
}

// Few, simple selectors: each query is a tree scan in jsdom and must stay cheap in browsers.
const HEAD_SIGNALS = 'meta[property="og:type"], meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]';

export function isNewsArticle(doc: Document, url: string, opts: DetectOptions = {}): DetectResult {
  const signals: DetectResult['signals'] = {};
  let score = 0;

  for (const t of jsonLdTypes(doc)) {
    if (NEWS_TYPES.test(t)) signals[`json-ld:${t}`] = 3;
    else if (ARTICLE_TYPES.test(t)) signals[`json-ld:${t}`] = 2;
    else if (NOT_ARTICLE_TYPES.test(t)) signals[`json-ld:${t}`] = -3;
  }
  const ldScores = Object.values(signals) as number[];
  if (ldScores.length) {
    const best = Math.max(...ldScores.filter((s) => s > 0), 0);
    const worst = Math.min(...ldScores.filter((s) => s < 0), 0);
    // News sites put an ItemList (related stories), a ProfilePage (the author) or a CollectionPage (the
    // section) in the same graph as the article: beside a declared article they only temper it.
    score += best + (best > 0 && worst < 0 ? -1 : worst);
  }

  // Meta tags live in <head>: scanning only the head is what keeps this cheap.
  const head = query(doc, 'head');
  for (const m of Array.from(head ? head.querySelectorAll(HEAD_SIGNALS) : [])) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (key === 'og:type') {
      const ogType = (m.getAttribute('content') ?? '').trim().toLowerCase();
      if (!ogType || 'og:type' in signals) continue;
      signals['og:type'] = ogType;
      if (ogType === 'article' || ogType.startsWith('article.')) score += 2;
      else if (ogType.startsWith('product')) score -= 3;
      else if (ogType === 'website') score -= 1;
    } else if (!signals['article:published_time']) {
      signals['article:published_time'] = true;
      score += 1;
    }
  }
  if (bylineNearHeadline(doc)) {
    signals['byline-near-h1'] = true;
    score += 1;
  }
  const shape = urlShape(url);
  signals['url'] = shape.reason;
  score += shape.score === -2 ? -4 : shape.score === -1 ? -2 : shape.score;
  // getElementsByTagName: a cached tag index in engines, far cheaper than attribute selectors.
  const inputs = byTag(doc, 'input');
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input?.getAttribute('type')?.toLowerCase() === 'password' && !input.hasAttribute('hidden') && !inSiteChrome(input)) {
      signals['password-field'] = true;
      score -= 2;
      break;
    }
  }

  // Only when structured signals are inconclusive: isProbablyReaderable walks every <p>.
  if (score > -2 && score < 3 && shape.score !== -2) {
    const readerable = opts.readerable ?? isProbablyReaderable(doc, readerableOptions(doc));
    signals['readerable'] = readerable;
    score += readerable ? 2 : -2;
  }
  signals['score'] = score;
  // A site's home page is never "the article", whatever its markup says (Firefox's reader agrees).
  return { verdict: score >= 3 && shape.score !== -2, signals };
}

/**
 * isProbablyReaderable's bars (140 characters a paragraph, a score of 20 over the sum of
 * sqrt(length - 140)) in European letters: in Chinese and Japanese a character counts three, in
 * Korean two (clean/density.ts), so a paragraph of length l weighs sqrt(w·l - 140) = sqrt(w)·sqrt(l - 140/w).
 */
function readerableOptions(doc: Document): { minContentLength: number; minScore: number } | undefined {
  const w = langWeight(doc.documentElement?.getAttribute('lang'));
  return w && w > 1 ? { minContentLength: 140 / w, minScore: 20 / Math.sqrt(w) } : undefined;
}
