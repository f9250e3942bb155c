// The box is the unit (issue 16). The walk asks about a box before its parts; when no rule takes the
// box (a title no list knows, a paragraph on what the outlet is), rules still take its button, its
// price line or its sign-up form, and the rest (the title, the outlet describing itself) stayed in
// the middle of the article. After each pass, a container that lost a promo part and holds nothing
// but such a remnant goes whole: its parts are put back where they stood and the box is removed as
// one entry, so the Removed panel lists it once and Restore returns it as it was.
import type { Removal } from '../types';
import { promoRemnant } from './outlet-voice';
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
