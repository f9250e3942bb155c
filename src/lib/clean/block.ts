// Measuring candidate blocks. Text lengths are computed once, bottom-up and iteratively (deep
// hostile trees must not overflow the stack), so the walk never calls textContent on big subtrees.
import type { Block, Pass } from './types';
import { collapse, MAX_TEXT, normalize } from './text';

/** Subtrees never classified nor descended into. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'video',
  'audio', 'picture', 'img', 'select', 'textarea', 'pre', 'code', 'head', 'title', 'meta', 'link']);

/** Tags the engine may classify and remove as a whole. */
export const CANDIDATE = new Set(['div', 'section', 'aside', 'p', 'ul', 'ol', 'dl', 'li', 'form', 'footer',
  'header', 'nav', 'figure', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'small', 'table',
  'blockquote', 'center', 'details', 'menu', 'address', 'a', 'button', 'strong', 'b', 'em', 'font']);

/** Text length of every element under root (whitespace runs count as one character). */
export function textLengths(root: Element): Map<Element, number> {
  const lens = new Map<Element, number>();
  const stack: Array<[Element, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const [el, done] = top;
    if (done) {
      let n = 0;
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) n += textNodeLength((c as Text).data);
        else if (c.nodeType === 1) n += lens.get(c as Element) ?? 0;
      }
      lens.set(el, n);
      continue;
    }
    stack.push([el, true]);
    if (SKIP.has(el.localName) && el !== root) continue;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, false]);
  }
  return lens;
}

function textNodeLength(s: string): number {
  // Cheap approximation of the collapsed length: indentation-only nodes count as one space.
  if (s.length < 200 && s.trim() === '') return s.length > 0 ? 1 : 0;
  return s.length;
}

function words(s: string | null): string {
  if (!s) return '';
  const cut = s.length > 300 ? s.slice(0, 300) : s;
  return cut.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** ' class and id words ' of one element, split on any non-alphanumeric character. */
export function ownHints(el: Element): string {
  const h = (words(el.getAttribute('class')) + ' ' + words(el.getAttribute('id')) + ' ' +
    words(el.getAttribute('role')) + ' ' + words(el.getAttribute('aria-label')) + ' ' +
    words(el.getAttribute('data-component'))).trim();
  return h ? ' ' + h + ' ' : ' ';
}

export interface BlockContext {
  pass: Pass;
  total: number;
  lens: Map<Element, number>;
}

/** Everything rules look at for one element. */
export function measure(el: Element, ctx: BlockContext, before: number, ancestorHints: string): Block {
  const raw = el.textContent ?? '';
  const text = collapse(raw, MAX_TEXT);
  const len = raw.length > MAX_TEXT * 2 ? (ctx.lens.get(el) ?? text.length) : text.length;
  const hrefs: string[] = [];
  let linkLen = 0;
  let linkCount = 0;
  const anchors = el.localName === 'a' ? [el] : Array.from(el.getElementsByTagName('a'));
  for (const a of anchors) {
    linkCount++;
    linkLen += collapse(a.textContent ?? '', 500).length;
    const href = a.getAttribute('href');
    if (href && hrefs.length < 40) hrefs.push(href.slice(0, 300).toLowerCase());
  }
  let longParas = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) if ((ctx.lens.get(p) ?? 0) > 80) longParas++;
  const tag = el.localName;
  const emailInput = el.querySelector('input[type="email"], input[name*="mail"], input[placeholder*="mail"],'
    + ' input[placeholder*="Mail"]') !== null;
  const formish = tag === 'form' || tag === 'button' || el.querySelector('form, button, input') !== null;
  const prevEl = el.previousElementSibling;
  const prevLen = prevEl ? (ctx.lens.get(prevEl) ?? 0) : 0;
  const prev = prevEl && prevLen > 0 && prevLen < 120 ? normalize(prevEl.textContent ?? '') : '';
  return {
    el, tag, pass: ctx.pass, text, norm: normalize(text), len, linkLen, hrefs, linkCount,
    hints: ownHints(el), ancestorHints, emailInput, formish,
    textarea: el.getElementsByTagName('textarea').length > 0, longParas, size: ctx.lens.get(el) ?? len,
    total: ctx.total, before, prev,
  };
}
