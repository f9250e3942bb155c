// Plain text of the extracted article: one paragraph per block (headings and list items included),
// paragraphs joined by a blank line, whitespace collapsed inside each. Iterative walk: article trees
// can be deep, and recursion is what crashes on hostile pages (SECURITY.md G2).
import { HAN_WEIGHT, HANGUL_WEIGHT } from '../clean/density';

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'address', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'hr', 'details', 'summary', 'center', 'form', 'fieldset',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title']);
const CELLS = new Set(['td', 'th']);

/** Collapse whitespace (incl. no-break spaces) and trim. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

export function blockParagraphs(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = collapse(buf);
    if (t) out.push(t);
    buf = '';
  };
  // Stack of nodes to enter; `null` marks the exit of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = (node as Element).localName ?? '';
    if (SKIP.has(name)) continue;
    if (name === 'br' || CELLS.has(name)) buf += ' ';
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    // Sibling links: no live childNodes list per element.
    for (let kid = node.lastChild; kid; kid = kid.previousSibling) stack.push(kid);
  }
  flush();
  return out;
}

export function articleText(root: Node): string {
  return blockParagraphs(root).join('\n\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Words for reading time: whitespace-separated tokens, each CJK character counting as one word. */
const ANY_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function countWords(text: string): number {
  let count = 0;
  const tokens = text.split(/\s+/);
  // Without CJK characters every token is one word: no per-token regex (most of the cost).
  if (!ANY_CJK.test(text)) {
    for (const token of tokens) if (token) count++;
    return count;
  }
  for (const token of tokens) {
    if (!token) continue;
    const cjk = token.match(CJK)?.length ?? 0;
    count += cjk ? cjk + (token.replace(CJK, '').length > 0 ? 1 : 0) : 1;
  }
  return count;
}

/** Class attributes stay through cleaning (rules read them) and go before serialisation. */
export function stripClasses(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
  root.removeAttribute('class');
  for (let n = walker.nextNode(); n; n = walker.nextNode()) (n as Element).removeAttribute('class');
}

const HANGUL = /[\uac00-\ud7af]/g;
const ANY_HANGUL = /[\uac00-\ud7af]/;

/**
 * Length of text in European-letter equivalents: a Chinese or Japanese character counts three, a
 * Hangul syllable two (the cleaner's weights, clean/density.ts), so that "long enough to be an
 * article" means the same in every script.
 */
export function weightedLength(text: string): number {
  if (!ANY_CJK.test(text) && !ANY_HANGUL.test(text)) return text.length;
  return text.length + (HAN_WEIGHT - 1) * (text.match(CJK)?.length ?? 0) +
    (HANGUL_WEIGHT - 1) * (text.match(HANGUL)?.length ?? 0);
}
