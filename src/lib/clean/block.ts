// Measuring candidate blocks. Text lengths are computed once, bottom-up and iteratively (deep
// hostile trees must not overflow the stack), so the walk never calls textContent on big subtrees.
import type { Block, Pass } from './types';
import { collapse, expectQuestions, MAX_TEXT, normalize } from './text';

/** Subtrees never classified nor descended into. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'video',
  'audio', 'picture', 'img', 'select', 'textarea', 'pre', 'code', 'head', 'title', 'meta', 'link']);

/** Inline tags: candidates only when they stand alone (their parent holds no text of its own). */
export const INLINE = new Set(['span', 'small', 'a', 'button', 'strong', 'b', 'em', 'font', 'i', 'u']);

/** Whether the element has a direct, non-blank text child (inline children then belong to prose). */
export function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && ((c as Text).data.trim() !== '')) return true;
  }
  return false;
}

/** Tags the engine may classify and remove as a whole. */
export const CANDIDATE = new Set(['div', 'section', 'aside', 'p', 'ul', 'ol', 'dl', 'li', 'form', 'footer',
  'header', 'nav', 'figure', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'small', 'table',
  'blockquote', 'center', 'details', 'menu', 'address', 'a', 'button', 'strong', 'b', 'em', 'font', 'i', 'u']);

/** Text length of every element under root (whitespace runs count as one character), and, in
 *  `counts`, how many elements each subtree holds. */
export function textLengths(root: Element, counts?: Map<Element, number>): Map<Element, number> {
  const lens = new Map<Element, number>();
  // Post-order by sibling and parent links: no stack and no per-element allocation (this walk covers
  // the whole page once per pass, deep hostile trees included).
  const finish = (el: Element): void => {
    let n = 0;
    let k = 1;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += textNodeLength((c as Text).data);
      else if (c.nodeType === 1) {
        n += lens.get(c as Element) ?? 0;
        k += counts?.get(c as Element) ?? 0;
      }
    }
    lens.set(el, n);
    counts?.set(el, k);
  };
  let el: Element = root;
  for (;;) {
    // Down to the first element without (visited) children: SKIP subtrees are not entered.
    for (let child = el.firstElementChild; child && (el === root || !SKIP.has(el.localName)); child = el.firstElementChild) el = child;
    for (;;) {
      finish(el);
      if (el === root) return lens;
      const next = el.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
      const up = el.parentElement;
      if (!up) return lens;
      el = up;
    }
  }
}

function textNodeLength(s: string): number {
  // Cheap approximation of the collapsed length: surrounding indentation counts as one space.
  const trimmed = s.trim().length;
  return trimmed < s.length ? trimmed + 1 : trimmed;
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
  /** Element count of each subtree: big subtrees are never boilerplate blocks (and cost to measure). */
  counts: Map<Element, number>;
}

/** Everything rules look at for one element. */
export function measure(el: Element, ctx: BlockContext, before: number, ancestorHints: string, hints = ownHints(el)): Block {
  const raw = el.textContent ?? '';
  const text = collapse(raw, MAX_TEXT);
  const len = raw.length > MAX_TEXT * 2 ? (ctx.lens.get(el) ?? text.length) : text.length;
  const s = scan(el, ctx.lens);
  const tag = el.localName;
  let norm: string | undefined;
  return {
    el, tag, pass: ctx.pass, text,
    // Normalising is most of measuring, and the rules ask for the words of short blocks only
    // (every phrase test sits behind a length test): computed on first use.
    get norm(): string {
      if (norm === undefined) {
        norm = normalize(text);
        expectQuestions(norm);
      }
      return norm;
    },
    len, linkLen: Math.min(s.linkLen, len), hrefs: s.hrefs,
    linkCount: s.linkCount, hints, ancestorHints, emailInput: s.emailInput,
    formish: s.formish || tag === 'form' || tag === 'button', textarea: s.textarea, longParas: s.longParas,
    size: ctx.lens.get(el) ?? len,
    total: ctx.total, before,
  };
}

interface Scan {
  hrefs: string[]; linkLen: number; linkCount: number; longParas: number;
  emailInput: boolean; formish: boolean; textarea: boolean;
}

/**
 * One pass over the subtree collecting what rules need. A hand-written walk instead of
 * querySelector calls: selector engines cost far more than this loop on big pages.
 */
function scan(root: Element, lens: Map<Element, number>): Scan {
  const out: Scan = { hrefs: [], linkLen: 0, linkCount: 0, longParas: 0, emailInput: false, formish: false,
    textarea: false };
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop();
    if (!el) break;
    const tag = el.localName;
    if (tag === 'a') {
      out.linkCount++;
      out.linkLen += lens.get(el) ?? 0;
      const href = el.getAttribute('href');
      if (href && out.hrefs.length < 40) out.hrefs.push(href.slice(0, 300).toLowerCase());
    } else if (tag === 'p') {
      if ((lens.get(el) ?? 0) > 80) out.longParas++;
    } else if (tag === 'input') {
      out.formish = true;
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const name = ((el.getAttribute('name') ?? '') + ' ' + (el.getAttribute('placeholder') ?? '')).toLowerCase();
      if (type === 'email' || name.includes('mail')) out.emailInput = true;
    } else if (tag === 'form' || tag === 'button') {
      out.formish = true;
      // Forms keep their target even when a pre-pass took the inputs out.
      const action = el.getAttribute('action');
      if (action && out.hrefs.length < 40) out.hrefs.push(action.slice(0, 300).toLowerCase());
    } else if (tag === 'textarea') {
      out.textarea = true;
    }
    if (SKIP.has(tag) && el !== root) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}
