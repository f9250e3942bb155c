// The document pass's region (extract/focus.ts): the part of the page the article will come from.
// Beside it, only appeals and sign-up boxes are worth naming in the Removed list (menus, footers and
// teaser grids there are pruned before Readability and never reach the article), and only blocks
// that hold a form or such a link are even measured.
import type { Rule } from './types';
import { DONATE_URLS, NEWSLETTER_URLS, SUBSCRIBE_URLS } from './signals';
import { urlHas } from './text';

/** Where an element sits relative to the region. */
export const BESIDE = 0;
export const INSIDE = 1;
/** On the path from the pass root down to the region (never removable: the region is protected). */
export const ABOVE = 2;
export type Place = typeof BESIDE | typeof INSIDE | typeof ABOVE;

export interface Scope {
  root: Element;
  /** root itself when there is no region (article pass, or a page too spread out to choose). */
  region: Element;
  /** Blocks beside the region that pruning keeps (the headline's box): every rule applies to them. */
  keepBeside: (el: Element) => boolean;
}

/** The rules asked about blocks beside the region. */
export function outsideRules(rules: readonly Rule[]): Rule[] {
  const ids = new Set(['donation-appeal', 'newsletter-signup', 'subscription-paywall-prompt']);
  return rules.filter((r) => ids.has(r.id));
}

/** The place of a child, from its parent's place (the walk's step). */
export function childPlace(scope: Scope, parent: Place, el: Element): Place {
  if (parent !== ABOVE) return parent;
  if (el === scope.region) return INSIDE;
  if (el.contains(scope.region)) return ABOVE;
  return scope.keepBeside(el) ? INSIDE : BESIDE;
}

/** The place of the pass root. */
export function rootPlace(scope: Scope): Place {
  return scope.region === scope.root ? INSIDE : ABOVE;
}

/**
 * The subtrees where every rule applies (the region, and the kept boxes beside it), in document order:
 * whatever lies outside them is either above the region (protected) or pruned unread.
 */
export function insideRoots(scope: Scope): Element[] {
  if (scope.region === scope.root) return [scope.root];
  const out: Element[] = [];
  const visit = (above: Element): void => {
    for (let c = above.firstElementChild; c; c = c.nextElementSibling) {
      const place = childPlace(scope, ABOVE, c);
      if (place === INSIDE) out.push(c);
      else if (place === ABOVE) visit(c);
    }
  };
  visit(scope.root);
  return out;
}

/** What every box worth naming beside the region holds: a form, or a link to such a page. */
const OUTSIDE_URLS = [...DONATE_URLS, ...SUBSCRIBE_URLS, ...NEWSLETTER_URLS];

/**
 * The elements beside the region worth classifying: ancestors of a form field or of a link to a
 * donation, subscription or newsletter page. Null when there is no region. By tag index and plain
 * string tests: an attribute-substring selector per URL cost 20× more in Chromium.
 */
export function outsideGate(scope: Scope): Set<Element> | null {
  const { root, region } = scope;
  if (region === root) return null;
  const gate = new Set<Element>();
  const mark = (hit: Element): void => {
    if (region.contains(hit)) return;
    for (let a: Element | null = hit; a && a !== root && !gate.has(a); a = a.parentElement) gate.add(a);
  };
  for (const tag of ['form', 'input']) {
    const list = root.getElementsByTagName(tag);
    for (let i = 0; i < list.length; i++) mark(list[i] as Element);
  }
  const links = root.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i] as Element;
    const href = a.getAttribute('href');
    // The region's own links first: one contains() call spares forty-odd substring tests.
    if (href && !region.contains(a) && urlHas(href.slice(0, 300).toLowerCase(), OUTSIDE_URLS)) mark(a);
  }
  return gate;
}
