// The one cleaning engine: selector removal, then a top-down walk that asks each rule about each
// candidate block and removes the outermost block a rule claims. Guards keep the article safe: the
// main text container and its ancestors are never candidates, and no block holding a large share of
// the text is removed whatever a rule says. In the document pass, given the region the article will
// come from (extract/focus.ts), blocks beside it are only asked about appeals and sign-ups, and only
// when they hold a form or such a link: everything else there is pruned unread before Readability.
import type { Removal } from '../types';
import type { RemovalAnchors } from './positions';
import type { Block, Pass, Rule } from './types';
import { CANDIDATE, hasOwnText, INLINE, measure, ownHints, SKIP, textLengths } from './block';
import { mainAnchor, protectedSet } from './main-text';
import { BESIDE, childPlace, outsideGate, outsideRules, rootPlace, type Place } from './region';
import { applySelectors } from './selectors';
import { charWeight } from './density';
import { record, removable, type WalkState } from './walk-state';
import { closingRun, completeBoxes } from './box-remnant';

/** Article pass: a block may hold at most this share of the article's text... */
const ARTICLE_SHARE = 0.4;
/** ...except very short articles, where a whole appeal can outweigh the body. */
const ARTICLE_FLOOR = 300;
/** Blocks longer than this are never classified (the walk descends into them instead). */
const MAX_BLOCK = 4000;
/** Nor blocks with more elements than this: keeps the walk near-linear on hostile deep trees. */
const MAX_ELEMENTS = 400;

/**
 * Asks each rule in turn. A rule that throws on this page (hostile markup nobody foresaw) is dropped
 * for the rest of the page and named in `failed`: the page loses one rule, never the article.
 */
function ask(rules: readonly Rule[], b: Block, failed: Set<string> | undefined, how: 'test' | 'reread'): string | null {
  for (const rule of rules) {
    if (failed?.has(rule.id)) continue;
    try {
      if (rule[how]?.(b)) return rule.id;
    } catch {
      failed?.add(rule.id);
    }
  }
  return null;
}

const classify = (rules: readonly Rule[], b: Block, failed?: Set<string>): string | null => ask(rules, b, failed, 'test');
const reread = (rules: readonly Rule[], b: Block, failed?: Set<string>): string | null => ask(rules, b, failed, 'reread');

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
          const rule = state.rereadRules.length ? reread(state.rereadRules, measure(el, state.ctx, here, hints, own), state.failed) : null;
          if (rule) { record(state, el, rule); continue; }
        } else {
          const rule = classify(at === BESIDE ? state.outsideRules : state.rules, measure(el, state.ctx, here, hints, own), state.failed);
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
  /** Document pass: where the article will come from (extract/focus.ts); beside it only appeals and
   *  sign-ups are named. */
  region?: Element;
  /** Document pass: blocks beside the region that still reach Readability (the headline's box). */
  keepBeside?: (el: Element) => boolean;
  /** Filled with each removal's neighbours, for restore positions (clean/positions.ts). */
  anchors?: Map<Removal, RemovalAnchors>;
  /** Shared by the two passes of one extraction: what the document pass read and kept (Rule.reread). */
  kept?: WeakMap<Element, number>;
  /** Page language (BCP 47): sets what one character counts for (clean/density.ts). */
  lang?: string;
  /** Filled with the ids of rules that threw on this page (and were skipped from then on). */
  failed?: Set<string>;
  /** The outlet's names (site name, publisher, host), for rules that hear the outlet speak of itself. */
  outlet?: readonly string[];
  /** The page's host name without "www." (outlet-voice.ts: an absolute link to the outlet's own pages). */
  host?: string;
}

export function runPass(root: Element, rules: readonly Rule[], pass: Pass, opts: PassOptions = {}): Removal[] {
  const { region = root, keepBeside, anchors, kept, lang } = opts;
  const counts = new Map<Element, number>();
  const weight = charWeight(lang, root);
  const lens = textLengths(root, counts, weight);
  const total = lens.get(root) ?? 0;
  const anchor = pass === 'document' ? mainAnchor(root, lens) : null;
  const state: WalkState = {
    rules, root, removed: [],
    outsideRules: outsideRules(rules),
    scope: { root, region: pass === 'document' && root.contains(region) ? region : root, keepBeside: keepBeside ?? ((): boolean => false) },
    ctx: { pass, total, lens, counts, weight, ...(opts.outlet ? { outlet: opts.outlet } : {}), ...(opts.host ? { host: opts.host } : {}), ...(lang ? { lang } : {}) },
    protectedEls: protectedSet(root, anchor),
    mainText: anchor,
    maxLen: pass === 'article' ? Math.max(ARTICLE_FLOOR, total * ARTICLE_SHARE) : Number.MAX_SAFE_INTEGER,
    ...(anchors ? { anchors } : {}),
    ...(kept ? { kept } : {}),
    rereadRules: rules.filter((r) => r.reread),
    ...(opts.failed ? { failed: opts.failed } : {}),
    places: new Map(),
  };
  applySelectors(state);
  walk(state);
  completeBoxes(state);
  closingRun(state);
  return state.removed;
}
