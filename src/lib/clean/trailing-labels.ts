// Labels left dangling at the end of an article: "Lesen Sie auch:", "Lue seuraavaksi:", "Seguir
// leyendo:", "Die Karte zum Abspeichern:", "Nachfolgendes Video zeigt…:". Whatever they introduced
// (a teaser list, an embed, a map) was removed by a rule or by Readability, so the last thing the
// reader sees is a colon pointing at nothing. Asked once the article is final: a line that ends the
// article with a colon introduces nothing there, whatever its words, in any language.
import type { Removal } from '../types';
import { neighboursOf, type RemovalAnchors } from './positions';
import { collapse } from './text';

/** Reported under the rule that owns whole-block labels, so the reader can switch it off and restore. */
export const TRAILING_LABEL_RULE = 'site-chrome';
/** Longer lines are sentences that happen to end with a colon. */
const MAX_LABEL = 100;

/** The last non-blank text node under root, or null: from the end backwards (elements are skipped,
 *  not rejected, so lastChild() reaches the last text node at any depth). */
function lastText(root: Element): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = walker.lastChild();
  while (n && !(n as Text).data.trim()) n = walker.previousNode();
  return n as Text | null;
}

/** The outermost element around the text node that holds no more than a label's worth of text
 *  (below root), with that text: the whole line, whatever tags it is made of. */
function lineOf(text: Text, root: Element): { el: Element; words: string } | null {
  let line: { el: Element; words: string } | null = null;
  for (let el = text.parentElement; el && el !== root; el = el.parentElement) {
    const words = collapse(el.textContent ?? '');
    if (words.length > MAX_LABEL) break;
    line = { el, words };
  }
  return line;
}

/** Removes dangling labels from the end of the article (at most three: a label over a label). */
export function dropTrailingLabels(root: Element, anchors?: Map<Removal, RemovalAnchors>): Removal[] {
  const out: Removal[] = [];
  for (let i = 0; i < 3; i++) {
    const text = lastText(root);
    const line = text && lineOf(text, root);
    if (!line || !line.words.endsWith(':')) break;
    const removal: Removal = { rule: TRAILING_LABEL_RULE, text: line.words, html: line.el.outerHTML };
    anchors?.set(removal, neighboursOf(line.el, root));
    out.push(removal);
    line.el.remove();
  }
  return out;
}
