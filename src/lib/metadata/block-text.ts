// An element's text with its blocks on separate lines: textContent glues "Rojas Parra" in one <div>
// to "Villavicencio" in the next ("ParraVillavicencio") and loses the line between a byline's name and
// its date line. Whitespace inside a line is collapsed; blocks, <br> and the inline fields of a byline
// row (its place, date or job title, by class: byline-words.ts) end a line. Bounded: bylines
// are short, and the walk stops after MAX_NODES nodes.
import { BYLINE_FIELD_CLASS_WORDS } from './byline-words';

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'ol', 'p', 'section', 'table', 'td', 'th', 'tr', 'ul']);
const MAX_NODES = 400;
/** Inline fields of a byline row (place, date, job title) and <time>: lines of their own. */
const FIELDS = new Set(BYLINE_FIELD_CLASS_WORDS);
function isField(el: Element, tag: string): boolean {
  if (tag === 'time') return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.toLowerCase().split(/[\s_-]+/).some((w) => FIELDS.has(w));
}

export function blockText(el: Element): string {
  let out = '';
  let n = 0;
  const visit = (node: Node): void => {
    if (n++ > MAX_NODES) return;
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    const block = BLOCKS.has(tag) || isField(node as Element, tag);
    if (block) out += '\n';
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) out += '\n';
  };
  visit(el);
  return out.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}
