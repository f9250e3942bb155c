// The box is the unit (issue 16). The walk asks about a box before its parts; when no rule takes the
// box (a title no list knows, a paragraph on what the outlet is), rules still take its button, its
// price line or its sign-up form, and the rest (the title, the outlet describing itself) stayed in
// the middle of the article. After each pass, a container that lost a promo part and holds nothing
// but such a remnant goes whole: its parts are put back where they stood and the box is removed as
// one entry, so the Removed panel lists it once and Restore returns it as it was.
import type { Removal } from '../types';
import { closingAppeal, promoRemnant } from './outlet-voice';
import { measure } from './block';
import type { Block } from './types';
import { collapse } from './text';
import { record, removable, type RemovedPlace, type WalkState } from './walk-state';

/** Rules whose blocks are the outlet's own promos: a box that lost one may be a promo box. (Not
 *  house-ad: a product card that lost its "Buy now" is a review's score box, part of the story.) */
const PROMO_RULES = new Set(['donation-appeal', 'subscription-paywall-prompt', 'newsletter-signup', 'app-promo',
  'social-follow', 'outlet-promo']);

/** Containers a box is made of (not paragraphs: a paragraph's parts are sentences). */
const BOX_TAGS = new Set(['div', 'section', 'aside', 'figure', 'blockquote', 'li', 'td', 'footer', 'form', 'center']);

/** How far above the removed part a box may start (part → its line → the box body → the box frame). */
const MAX_CLIMB = 3;

const weightedLen = (el: Element, weight: number): number => collapse(el.textContent ?? '').length * weight;

export function completeBoxes(state: WalkState): void {
  const byParent = new Map<Element, number>();
  for (const r of state.removed) {
    const place = state.places.get(r);
    if (!place || !PROMO_RULES.has(r.rule)) continue;
    byParent.set(place.parent, (byParent.get(place.parent) ?? 0) + weightedLen(place.el, state.ctx.weight));
  }
  const done = new Set<Element>();
  for (const [parent, lost] of byParent) {
    let box: Element | null = parent;
    let best: Element | null = null;
    let taken = lost;
    for (let i = 0; i < MAX_CLIMB && box && box !== state.root && !done.has(box) && state.root.contains(box); i++, box = box.parentElement) {
      if (!BOX_TAGS.has(box.localName) || box === state.mainText || !removable(state, box)) break;
      if (!promoRemnant(box, taken, state.ctx.outlet, state.ctx.weight)) break;
      best = box;
      taken += weightedLen(box, state.ctx.weight);
    }
    if (best && !Array.from(done).some((d) => d.contains(best as Element))) {
      absorb(state, best);
      done.add(best);
    }
  }
}

/** Puts back the promo parts taken from inside box (last taken first, so each finds its next
 *  sibling again) and removes the box as one entry, credited to the rule that took most of it. */
function absorb(state: WalkState, box: Element): void {
  const inside: [Removal, RemovedPlace][] = [];
  for (const r of state.removed) {
    const place = state.places.get(r);
    if (place && box.contains(place.parent)) inside.push([r, place]);
  }
  let rule = 'outlet-promo';
  let most = -1;
  for (let i = inside.length - 1; i >= 0; i--) {
    const [r, place] = inside[i] as [Removal, RemovedPlace];
    const next = place.next && place.next.parentNode === place.parent ? place.next : null;
    place.parent.insertBefore(place.el, next);
    const len = place.el.textContent?.length ?? 0;
    if (PROMO_RULES.has(r.rule) && len > most) { most = len; rule = r.rule; }
    state.places.delete(r);
    state.anchors?.delete(r);
  }
  const gone = new Set(inside.map(([r]) => r));
  state.removed = state.removed.filter((r) => !gone.has(r));
  record(state, box, rule);
}

/** Tags a closing line of an article is written in. */
const LINE_TAGS = new Set(['p', 'div', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside', 'section', 'ul', 'ol']);
/** How many closing lines a run may take, and how long each may be. */
const RUN_MAX = 4;
const LINE_MAX = 700;

/**
 * Article pass: the article's closing lines, when together they are the outlet's appeal (opener, who
 * we are, how to give: closingAppeal) though no rule took them one by one. The longest such run of
 * the last lines goes, each line as its own removal, never more than the pass allows one block.
 */
export function closingRun(state: WalkState): void {
  if (state.ctx.pass !== 'article') return;
  const paras = state.root.getElementsByTagName('p');
  const last = paras[paras.length - 1];
  const box = last?.parentElement;
  if (!box || state.protectedEls.has(last as Element)) return;
  // The last lines, with their weighted lengths, read once.
  const lines: { el: Element; len: number }[] = [];
  for (let el = box.lastElementChild; el && lines.length < RUN_MAX; el = el.previousElementSibling) {
    const len = weightedLen(el, state.ctx.weight);
    if (len === 0) continue;
    if (!LINE_TAGS.has(el.localName) || len > LINE_MAX) break;
    lines.unshift({ el, len });
  }
  const total = state.ctx.total;
  // A rule already took the appeal's last part (its offer, its button) from the end of the article:
  // what asked the reader is gone, the run before it is what is left of the appeal.
  // It stood last, or among the last lines (a "follow us" line after the taken offer and button).
  const lineEls = new Set(lines.map((l) => l.el));
  const tailPromo = [...state.places].some(([r, pl]) => {
    if (!PROMO_RULES.has(r.rule) || pl.parent !== box) return false;
    const next = elementFrom(pl.next);
    return !next || lineEls.has(next);
  });
  // A rule took the appeal's opening (the outlet naming itself) right before the run: the run is the
  // rest of it ("…The Deccan Lantern does not take government advertising." then "You can contribute
  // with any UPI app to deccanlantern@ybl"), and need not name the outlet again.
  // (The rule may have taken only the line's inline part, leaving its paragraph empty behind it.)
  const promoBefore = (first: Element): boolean => [...state.places].some(([r, pl]) => {
    if (!PROMO_RULES.has(r.rule)) return false;
    if (pl.parent === box) return elementFrom(pl.next) === first;
    return pl.parent.parentElement === box && (pl.parent.textContent ?? '').trim() === '' && elementFrom(pl.parent.nextSibling) === first;
  });
  for (let k = lines.length; k >= 1; k--) {
    const run = lines.slice(lines.length - k);
    const runLen = run.reduce((a, l) => a + l.len, 0);
    if (runLen > state.maxLen || runLen > 0.4 * total) continue;
    const blocks: Block[] = run.map((l) => measure(l.el, state.ctx, total - runLen, ''));
    if (!closingAppeal(blocks, tailPromo, promoBefore((run[0] as { el: Element }).el))) continue;
    for (const { el } of run) if (removable(state, el)) record(state, el, 'outlet-promo');
    return;
  }
}

/** The first element with text at or after a node among its siblings (null: the node stood last).
 *  An element left empty counts for nothing: a rule that took a button's link left its paragraph
 *  behind (blind round 6, "Become a member … You can cancel at any time." then an emptied button line). */
function elementFrom(n: Node | null): Element | null {
  for (let at = n; at; at = at.nextSibling) if (at.nodeType === 1 && (at.textContent ?? '').trim() !== '') return at as Element;
  return null;
}
