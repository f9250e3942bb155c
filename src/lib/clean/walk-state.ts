// What one cleaning pass carries while it walks (engine.ts), and the two things every removal path
// does with it: record a removal (text, restorable HTML, neighbours for its restore position) and keep
// the text-length table true without re-measuring.
import type { Removal } from '../types';
import type { BlockContext } from './block';
import { neighboursOf, type RemovalAnchors } from './positions';
import type { Scope } from './region';
import { collapse } from './text';
import type { Rule } from './types';

const TEXT_CAP = 500;
const HTML_CAP = 20_000;

export interface WalkState {
  rules: readonly Rule[];
  /** Rules asked about blocks beside the region (document pass). */
  outsideRules: readonly Rule[];
  /** Where the article will come from (document pass; region.ts). */
  scope: Scope;
  ctx: BlockContext;
  protectedEls: Set<Element>;
  maxLen: number;
  removed: Removal[];
  root: Element;
  /**
   * Document pass: the main text container, whose paragraphs are left to the article pass.
   * Readability keeps them whatever happens, and the article pass asks the same rules about the same
   * paragraphs, so classifying them twice only doubled the cost (eval: F1 and Readability recall
   * unchanged). Boxes among them (sign-up forms, link lists) are still classified here, before
   * Readability's own cleanup can drop their forms or the whole box unreported.
   */
  mainText: Element | null;
  /** Where each removal's neighbours were (for restore positions), when the caller asks. */
  anchors?: Map<Removal, RemovalAnchors>;
  /** Blocks the document pass read and kept, with their shape then: text length and element count (Rule.reread). */
  kept?: WeakMap<Element, number>;
  /** The rules that reread a kept block in the article pass. */
  rereadRules: readonly Rule[];
  /** Rules that threw on this page: skipped from then on, reported by the caller. */
  failed?: Set<string>;
  /** Where each removed element stood (its parent and next sibling then), so that a box whose parts
   *  were taken one by one can be put back together and removed whole (box-remnant.ts). */
  places: Map<Removal, RemovedPlace>;
}

export interface RemovedPlace { el: Element; parent: Element; next: Node | null }

export function record(state: WalkState, el: Element, rule: string): void {
  const removal: Removal = { rule, text: collapse(el.textContent ?? '', TEXT_CAP) };
  const html = el.outerHTML;
  if (html.length <= HTML_CAP) removal.html = html;
  // Its neighbours, read before it leaves: positions.ts places it in the finished article.
  state.anchors?.set(removal, neighboursOf(el, state.root, state.mainText ?? state.scope.region));
  state.removed.push(removal);
  if (el.parentElement) state.places.set(removal, { el, parent: el.parentElement, next: el.nextSibling });
  el.remove();
}

export function removable(state: WalkState, el: Element): boolean {
  // The set holds the anchor and every ancestor of it, so an element containing the anchor is in it.
  if (state.protectedEls.has(el)) return false;
  return (state.ctx.lens.get(el) ?? 0) <= state.maxLen;
}

/** Takes a removed subtree's text and elements out of its former ancestors' sizes (no re-measure). */
export function forget(state: WalkState, el: Element, parent: Element | null): void {
  const { lens, counts } = state.ctx;
  const len = lens.get(el) ?? 0;
  const count = counts.get(el) ?? 0;
  for (let a = parent; a; a = a === state.root ? null : a.parentElement) {
    lens.set(a, (lens.get(a) ?? 0) - len);
    counts.set(a, (counts.get(a) ?? 0) - count);
  }
  state.ctx.total = lens.get(state.root) ?? 0;
}
