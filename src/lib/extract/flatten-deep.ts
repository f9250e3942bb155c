// Readability's cost grows much faster than linearly with nesting depth: under jsdom a chain of 100
// nested <div>s takes 1.6 s, 300 take 9 s, 500 take 37 s (measured). Browsers' parsers stop
// nesting at 512, but page script can build deeper trees (SECURITY.md G2). Real article pages sit
// far below the cap (see test/lib/extract/flatten-deep.test.ts for the corpus figures), so in the
// clone only, wrapper elements nested deeper than the cap are unwrapped: their children move up
// and every word is kept. Anything still too deep afterwards is refused with a clear error.
const WRAPPERS: ReadonlySet<string> = new Set(['DIV', 'SPAN', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'FONT', 'CENTER', 'NAV', 'FIGURE', 'TBODY', 'FORM', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'LABEL', 'A']);

export const DEPTH_CAP = 64;
export const HARD_DEPTH_LIMIT = 400;

/** Deepest element nesting under root (iterative: a recursive walk would overflow the stack). */
export function maxDepth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > max) max = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return max;
}

/** Unwraps wrapper elements deeper than `cap` in place; returns how many were unwrapped. */
export function flattenDeep(root: Element, cap = DEPTH_CAP): number {
  const deep: Element[] = [];
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > cap && WRAPPERS.has(el.tagName)) deep.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  for (const el of deep) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    el.remove();
  }
  return deep.length;
}
