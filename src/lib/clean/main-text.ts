// The main text container of the document pass: the element that directly holds the most paragraph
// text. It and its ancestors are never removed, and its own paragraphs are left to the article pass.

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

export function protectedSet(root: Element, anchor: Element | null): Set<Element> {
  const set = new Set<Element>([root]);
  for (let el = anchor; el; el = el.parentElement) set.add(el);
  return set;
}
