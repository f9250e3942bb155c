// Rules' CSS selectors (well-known widgets: share toolbars, comment threads, related-post plugins),
// applied before the walk: one query for all of them, each hit credited to the first rule it matches.
import { insideRoots } from './region';
import { forget, record, removable, type WalkState } from './walk-state';

function query(root: Element, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  try {
    // One combined query: selector engines are slow per call, not per selector.
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
export function applySelectors(state: WalkState): void {
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
