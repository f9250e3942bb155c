// Pruning before Readability: the part of the page that holds nearly all of its paragraph text is
// the only part Readability can take the article from. Everything beside the path down to it (site
// header, menus, sidebars, footers, teaser grids) is dropped from the clone, so that neither the
// cleaner nor Readability spends time scoring it. This is where extraction wins back what cleaning
// costs (issue 7). The cleaner runs first and names the appeals and sign-up boxes found beside the
// region (clean/region.ts); the rest goes unreported: Readability would have left it out anyway.

import { collapse } from './text';

/** The region must hold at least this share of the page's paragraph text. */
const TEXT_SHARE = 0.9;
/** Paragraphs shorter than this (captions, bylines, buttons) do not vote. */
const MIN_PARA = 25;
/** Pages with less paragraph text than this are left alone: too little to judge. */
const MIN_TOTAL = 500;
/** A reader comment thread, named as Readability names it (its "unlikely candidate" words comment and
 *  disqus, not "commentary") unless the same name also says content, as Readability's exemption does. */
const COMMENTS = /comment(?!ary)|disqus/i;
const NOT_COMMENTS = /and|article|body|column|content|main|shadow/i;

/** Whether el's own class or id names a comment thread. */
function commentThread(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return COMMENTS.test(names) && !NOT_COMMENTS.test(names);
}

/** The parent of the outermost comment thread holding el (el itself when none does). */
function outsideComments(el: Element, root: Element): Element {
  let out = el;
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    if (commentThread(a)) out = a.parentElement ?? root;
  }
  return out;
}

/** Length with whitespace runs counted once: a template's indentation inside one <p> (650 characters
 *  for 122 of text) must not outvote the article. Collapsing only when a run is there: most are not. */
function visibleLength(raw: string): number {
  const t = raw.trim();
  return t.length >= MIN_PARA && /\s\s/.test(t) ? collapse(t).length : t.length;
}

/** Paragraph text length under each ancestor of each counted <p> (below and including root). */
function paragraphText(root: Element): { sums: Map<Element, number>; total: number; best: Element | null } {
  const sums = new Map<Element, number>();
  let total = 0;
  let best: Element | null = null;
  let bestDirect = 0;
  const direct = new Map<Element, number>();
  // Indexed access on the live list: Array.from on it is very slow under jsdom.
  const paras = root.getElementsByTagName('p');
  for (let i = 0; i < paras.length; i++) {
    const p = paras.item(i) as Element;
    const len = visibleLength(p.textContent ?? '');
    if (len < MIN_PARA) continue;
    total += len;
    const parent = p.parentElement;
    if (parent) {
      const d = (direct.get(parent) ?? 0) + len;
      direct.set(parent, d);
      if (d > bestDirect) { bestDirect = d; best = parent; }
    }
    for (let a: Element | null = parent; a; a = a === root ? null : a.parentElement) sums.set(a, (sums.get(a) ?? 0) + len);
  }
  return { sums, total, best };
}

export interface Focus {
  /** The smallest element holding ≥ 90% of the paragraph text (root when none is smaller). */
  holder: Element;
  /** holder's parent: what Readability can take the article from (it appends the top candidate's siblings). */
  region: Element;
}

/**
 * Climbs from the container that directly holds the most paragraph text to the first element whose
 * subtree holds ≥ 90% of all paragraph text under root; root itself when no element is smaller
 * (multi-story pages, long comment threads) or the page has too little text to judge.
 */
export function findFocus(root: Element): Focus {
  const { sums, total, best } = paragraphText(root);
  if (!best || total < MIN_TOTAL) return { holder: root, region: root };
  let holder: Element = best;
  while (holder !== root && (sums.get(holder) ?? 0) < total * TEXT_SHARE) {
    const up: Element | null = holder.parentElement;
    if (!up) return { holder: root, region: root };
    holder = up;
  }
  // A long comment thread can hold 90% of the paragraph text of a recipe or a short post (whose
  // article text sits in lists, or is short): the region then takes in the whole thread's parent, so
  // the article beside the thread is not pruned. Readability drops the thread itself.
  holder = outsideComments(holder, root);
  return { holder, region: holder === root ? root : (holder.parentElement ?? root) };
}

/** Where a page marks its headline without an <h1> (schema.org microdata: <div itemprop="headline">). */
const HEADLINE = '[itemprop~="headline"]';

/** Whether el must stay although it lies beside the path: the headline (with the standfirst that
 *  often shares its box), structured data. */
export function keptBeside(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'h1' || (tag === 'script' && el.getAttribute('type') === 'application/ld+json')) return true;
  return el.matches(HEADLINE) || el.querySelector(`h1, ${HEADLINE}`) !== null; // one walk, stops at the first
}

/** Removes every element beside the path from root down to region. Returns how many were removed. */
export function pruneOutside(root: Element, region: Element): number {
  let removed = 0;
  for (let el: Element = region; el !== root; ) {
    const parent: Element | null = el.parentElement;
    if (!parent) break;
    for (let s = parent.firstElementChild, next = s?.nextElementSibling ?? null; s; s = next, next = s?.nextElementSibling ?? null) {
      if (s === el || keptBeside(s)) continue;
      s.remove();
      removed++;
    }
    el = parent;
  }
  return removed;
}
