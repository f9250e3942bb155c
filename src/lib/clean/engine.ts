// The one cleaning engine: selector removal, then a top-down walk that asks each rule about each
// candidate block and removes the outermost block a rule claims. Guards keep the article safe: the
// main text container and its ancestors are never candidates, and no block holding a large share of
// the text is removed whatever a rule says. In the document pass, given the region the article will
// come from (extract/focus.ts), blocks beside it are only asked about appeals and sign-ups, and only
// when they hold a form or such a link: everything else there is pruned unread before Readability.
import type { Removal } from '../types';
import { neighboursOf, type RemovalAnchors } from './positions';
import type { Block, Pass, Rule } from './types';
import { CANDIDATE, hasOwnText, INLINE, measure, ownHints, SKIP, textLengths, type BlockContext } from './block';
import { BESIDE, childPlace, insideRoots, outsideGate, outsideRules, rootPlace, type Place, type Scope } from './region';
import { collapse } from './text';

const TEXT_CAP = 500;
const HTML_CAP = 20_000;
/** Article pass: a block may hold at most this share of the article's text... */
const ARTICLE_SHARE = 0.4;
/** ...except very short articles, where a whole appeal can outweigh the body. */
const ARTICLE_FLOOR = 300;
/** Blocks longer than this are never classified (the walk descends into them instead). */
const MAX_BLOCK = 4000;
/** Nor blocks with more elements than this: keeps the walk near-linear on hostile deep trees. */
const MAX_ELEMENTS = 400;

interface WalkState {
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
  /** Blocks the document pass read and kept, with their size then (see Rule.reread). */
  kept?: WeakMap<Element, number>;
  /** The rules that reread a kept block in the article pass. */
  rereadRules: readonly Rule[];
}

/** The element that directly holds the most paragraph text: the article body, on article pages. */
export function mainAnchor(root: Element, lens: Map<Element, number>): Element | null {
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (el: Element | null, n: number): void => {
    if (!el) return;
    const s = (score.get(el) ?? 0) + n;
    score.set(el, s);
    if (s > bestScore) { bestScore = s; best = el; }
  };
  // Indexed access on the live list: Array.from on it is very slow under jsdom (152 vs 24 ms measured).
  const paras = root.getElementsByTagName('p');
  for (let i = 0; i < paras.length; i++) {
    const p = paras.item(i) as Element;
    const len = lens.get(p) ?? 0;
    if (len < 25 || insideForm(p, root)) continue; // form hints and errors are never the article
    // Like Readability: the parent gets the paragraph, the grandparent half of it, so that
    // bodies whose paragraphs are wrapped one by one still elect their common container.
    add(p.parentElement, len);
    add(p.parentElement?.parentElement ?? null, len / 2);
  }
  return best;
}

function insideForm(el: Element, root: Element): boolean {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (a.localName === 'form') return true;
  return false;
}

function protectedSet(root: Element, anchor: Element | null): Set<Element> {
  const set = new Set<Element>([root]);
  for (let el = anchor; el; el = el.parentElement) set.add(el);
  return set;
}

function record(state: WalkState, el: Element, rule: string): void {
  const removal: Removal = { rule, text: collapse(el.textContent ?? '', TEXT_CAP) };
  const html = el.outerHTML;
  if (html.length <= HTML_CAP) removal.html = html;
  // Its neighbours, read before it leaves: extract/positions.ts places it in the finished article.
  state.anchors?.set(removal, neighboursOf(el, state.root, state.mainText ?? state.scope.region));
  state.removed.push(removal);
  el.remove();
}

function removable(state: WalkState, el: Element): boolean {
  // The set holds the anchor and every ancestor of it, so an element containing the anchor is in it.
  if (state.protectedEls.has(el)) return false;
  return (state.ctx.lens.get(el) ?? 0) <= state.maxLen;
}

function query(root: Element, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  try {
    // One combined query per rule: selector engines are slow per call, not per selector.
    return Array.from(root.querySelectorAll(selectors.join(', ')));
  } catch {
    // A user's extra selector may not parse: try them one by one and skip the bad ones.
    const out: Element[] = [];
    for (const sel of selectors) {
      try {
        out.push(...Array.from(root.querySelectorAll(sel)));
      } catch { /* invalid selector: ignored (the conventions test checks ours) */ }
    }
    return out;
  }
}

function matchesAny(el: Element, selectors: readonly string[]): boolean {
  try {
    return el.matches(selectors.join(', '));
  } catch {
    return selectors.some((s) => {
      try { return el.matches(s); } catch { return false; }
    });
  }
}

/**
 * One query for every rule's selectors, then each hit is credited to the first rule that matches it.
 * Only inside the region and the boxes kept beside it: beside the region, selector hits (menus,
 * footers, share widgets) go with the pruning, unnamed, and above it everything is protected.
 */
function applySelectors(state: WalkState): void {
  const withSelectors = state.rules.filter((r) => (r.selectors?.length ?? 0) > 0);
  const all = withSelectors.flatMap((r) => r.selectors ?? []);
  if (all.length === 0) return;
  const hits: Element[] = [];
  for (const top of insideRoots(state.scope)) {
    if (top !== state.root && matchesAny(top, all)) hits.push(top);
    hits.push(...query(top, all));
  }
  for (const el of hits) {
    if (!el.isConnected || !state.root.contains(el) || !removable(state, el)) continue;
    const rule = withSelectors.find((r) => matchesAny(el, r.selectors ?? []));
    if (rule) {
      const parent = el.parentElement;
      record(state, el, rule.id);
      forget(state, el, parent);
    }
  }
}

/** Takes a removed subtree's text and elements out of its former ancestors' sizes (no re-measure). */
function forget(state: WalkState, el: Element, parent: Element | null): void {
  const { lens, counts } = state.ctx;
  const len = lens.get(el) ?? 0;
  const count = counts.get(el) ?? 0;
  for (let a = parent; a; a = a === state.root ? null : a.parentElement) {
    lens.set(a, (lens.get(a) ?? 0) - len);
    counts.set(a, (counts.get(a) ?? 0) - count);
  }
  state.ctx.total = lens.get(state.root) ?? 0;
}

function classify(rules: readonly Rule[], b: Block): string | null {
  for (const rule of rules) if (rule.test?.(b)) return rule.id;
  return null;
}

function reread(rules: readonly Rule[], b: Block): string | null {
  for (const rule of rules) if (rule.reread?.(b)) return rule.id;
  return null;
}

/** A class-less wrapper around a single element and no text of its own: its child is classified instead. */
function bareWrapper(el: Element): boolean {
  return el.childElementCount === 1 && !el.hasAttribute('class') && !el.hasAttribute('id') && !hasOwnText(el);
}

function captionLike(el: Element): boolean {
  return el.localName === 'figcaption' || ownHints(el).includes('caption');
}

/** Top-down, iterative: the outermost block a rule claims goes; otherwise look inside. */
function walk(state: WalkState): void {
  // [parent, text offset, ancestor hints, where the parent sits]
  const gate = outsideGate(state.scope);
  const stack: Array<[Element, number, string, Place]> = [[state.root, 0, '', rootPlace(state.scope)]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [parent, start, hints, where] = top;
    let offset = start;
    const next: Array<[Element, number, string, Place]> = [];
    // Inside a caption, a credit <span> is its own block even though the caption text surrounds it.
    const prose = hasOwnText(parent) && !captionLike(parent);
    // Sibling links instead of Array.from(children) (1055 vs 278 ms under jsdom); `after` is read
    // before a removal detaches el.
    for (let el = parent.firstElementChild, after = el?.nextElementSibling ?? null; el; el = after, after = el?.nextElementSibling ?? null) {
      const size = state.ctx.lens.get(el) ?? 0;
      const here = offset;
      offset += size;
      const tag = el.localName;
      if (SKIP.has(tag) || (parent === state.mainText && tag === 'p')) continue;
      const at = childPlace(state.scope, where, el);
      if (at === BESIDE && !gate?.has(el)) continue;
      let own: string | undefined; // the element's class/id words: asked by measure and for its children
      if (CANDIDATE.has(tag) && !(prose && INLINE.has(tag)) && size > 0 && size <= MAX_BLOCK &&
        (state.ctx.counts.get(el) ?? 0) <= MAX_ELEMENTS && !bareWrapper(el) && removable(state, el)) {
        own = ownHints(el);
        const shape = size * 4096 + (state.ctx.counts.get(el) ?? 0); // text length and element count
        if (state.ctx.pass === 'article' && state.kept?.get(el) === shape) {
          // Read and kept before Readability, unchanged since: only the article's shape is new.
          const rule = state.rereadRules.length ? reread(state.rereadRules, measure(el, state.ctx, here, hints, own)) : null;
          if (rule) { record(state, el, rule); continue; }
        } else {
          const rule = classify(at === BESIDE ? state.outsideRules : state.rules, measure(el, state.ctx, here, hints, own));
          if (rule) { record(state, el, rule); continue; }
          if (state.ctx.pass === 'document' && at !== BESIDE) state.kept?.set(el, shape);
        }
      }
      if (el.firstElementChild && !(prose && INLINE.has(tag))) next.push([el, here, (hints + (own ?? ownHints(el))).slice(-600), at]);
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as [Element, number, string, Place]);
  }
}

export interface PassOptions {
  /** Document pass: where the article will come from (extract/focus.ts). */
  region?: Element;
  /** Document pass: blocks beside the region that still reach Readability. */
  keepBeside?: (el: Element) => boolean;
  /** Filled with each removal's neighbours, for restore positions (extract/positions.ts). */
  anchors?: Map<Removal, RemovalAnchors>;
  /** Shared by the two passes of one extraction: what the document pass read and kept (Rule.reread). */
  kept?: WeakMap<Element, number>;
}

export function runPass(root: Element, rules: readonly Rule[], pass: Pass, opts: PassOptions = {}): Removal[] {
  const { region = root, keepBeside, anchors, kept } = opts;
  const counts = new Map<Element, number>();
  const lens = textLengths(root, counts);
  const total = lens.get(root) ?? 0;
  const anchor = pass === 'document' ? mainAnchor(root, lens) : null;
  const state: WalkState = {
    rules, root, removed: [],
    outsideRules: outsideRules(rules),
    scope: { root, region: pass === 'document' && root.contains(region) ? region : root, keepBeside: keepBeside ?? ((): boolean => false) },
    ctx: { pass, total, lens, counts },
    protectedEls: protectedSet(root, anchor),
    mainText: anchor,
    maxLen: pass === 'article' ? Math.max(ARTICLE_FLOOR, total * ARTICLE_SHARE) : Number.MAX_SAFE_INTEGER,
    ...(anchors ? { anchors } : {}),
    ...(kept ? { kept } : {}),
    rereadRules: rules.filter((r) => r.reread),
  };
  applySelectors(state);
  walk(state);
  return state.removed;
}
