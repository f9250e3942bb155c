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

/** Text length of every element under root (whitespace runs count as one character, each character
 *  `weight`: clean/density.ts), and, in `counts`, how many elements each subtree holds. */
export function textLengths(root: Element, counts?: Map<Element, number>, weight = 1): Map<Element, number> {
  const lens = new Map<Element, number>();
  // Post-order by sibling and parent links: no stack and no per-element allocation (this walk covers
  // the whole page once per pass, deep hostile trees included).
  const finish = (el: Element): void => {
    let n = 0;
    let k = 1;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += textNodeLength((c as Text).data) * weight;
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
  /** What one character counts for in every length (clean/density.ts). */
  weight: number;
  /** The outlet's names, normalised (outlet-voice.ts). */
  outlet?: readonly string[];
  /** The page's host without "www." (outlet-voice.ts). */
  host?: string;
  /** The page's language, when known (first-plural-endings.ts). */
  lang?: string;
}

/**
 * Everything rules look at for one element, each part measured on first use: the text (textContent,
 * collapsed), the subtree scan (links, paragraphs, form fields) and the normalised words cost in that
 * order, and a rule's cheap tests (size, position, class words) often settle a block before them.
 */
class MeasuredBlock implements Block {
  readonly tag: string;
  readonly pass: Pass;
  readonly total: number;
  readonly weight: number;
  private textCache: string | undefined;
  private lenCache = -1;
  private scanCache: Scan | undefined;
  private normCache: string | undefined;

  constructor(readonly el: Element, private readonly ctx: BlockContext, readonly before: number,
    readonly ancestorHints: string, readonly hints: string) {
    this.tag = el.localName;
    this.pass = ctx.pass;
    this.total = ctx.total;
    this.weight = ctx.weight;
  }

  get text(): string {
    if (this.textCache === undefined) {
      const raw = this.el.textContent ?? '';
      this.textCache = collapse(raw, MAX_TEXT);
      this.lenCache = raw.length > MAX_TEXT * 2 ? (this.ctx.lens.get(this.el) ?? this.textCache.length * this.weight)
        : this.textCache.length * this.weight;
    }
    return this.textCache;
  }

  get len(): number {
    if (this.lenCache < 0) void this.text;
    return this.lenCache;
  }

  /** Normalising is most of measuring, and rules ask for the words of short blocks only. */
  get norm(): string {
    if (this.normCache === undefined) {
      this.normCache = normalize(this.text);
      expectQuestions(this.normCache);
    }
    return this.normCache;
  }

  private get scanned(): Scan {
    return (this.scanCache ??= scan(this.el, this.ctx.lens));
  }

  get linkLen(): number { return Math.min(this.scanned.linkLen, this.len); }
  get hrefs(): readonly string[] { return this.scanned.hrefs; }
  get linkCount(): number { return this.scanned.linkCount; }
  get emailInput(): boolean { return this.scanned.emailInput; }
  get formish(): boolean { return this.scanned.formish || this.tag === 'form' || this.tag === 'button'; }
  get textarea(): boolean { return this.scanned.textarea; }
  get longParas(): number { return this.scanned.longParas; }
  get size(): number { return this.ctx.lens.get(this.el) ?? this.len; }
  get outlet(): readonly string[] | undefined { return this.ctx.outlet; }
  get host(): string | undefined { return this.ctx.host; }
  get lang(): string | undefined { return this.ctx.lang; }
}

export function measure(el: Element, ctx: BlockContext, before: number, ancestorHints: string, hints = ownHints(el)): Block {
  return new MeasuredBlock(el, ctx, before, ancestorHints, hints);
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

/** The text units of a container: each element with text of its own, whole (a paragraph, a heading, a
 *  button), found by descending through wrappers that have none. */
export function textUnits(el: Element, out: string[] = []): string[] {
  if (out.length > 40) return out;
  if (hasOwnText(el)) {
    out.push(collapse(el.textContent ?? ''));
    return out;
  }
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!SKIP.has(c.localName)) textUnits(c, out);
  return out;
}
