// The body's elements in document order, read outward from an anchor only as far as asked: the byline
// scan needs the elements near the headline, rarely the whole page (listing every element of a large
// page cost more in Chromium than all the tests run on it). Native TreeWalkers from the document's
// prototype: page markup cannot clobber them (SECURITY.md F8), nor the parent walk of `someAncestor`.
import { elementWalker } from '../extract/safe-dom';

export interface Around {
  /** The anchor (0), the d-th element after it (d > 0) or before it (d < 0); null past either end. */
  at(d: number): Element | null;
  /** Whether a proper ancestor of el below the body passes the test (el must be inside the body). */
  someAncestor(el: Element, test: (a: Element) => boolean): boolean;
}

/**
 * Anchored at `anchor` when it is inside the body, else at the body's first element (position 0 of
 * `body.querySelectorAll('*')`). Null when the body has no element.
 */
export function around(doc: Document, body: Element, anchor: Element | null): Around | null {
  const fwd = elementWalker(doc, body);
  // DOCUMENT_POSITION_CONTAINED_BY (16): the anchor is a descendant of the body.
  const start = anchor && body.compareDocumentPosition(anchor) & 16 ? anchor : fwd.nextNode();
  if (!start) return null;
  fwd.currentNode = start;
  const back = elementWalker(doc, body);
  back.currentNode = start;
  const up = elementWalker(doc, body);
  const after: Element[] = [start as Element];
  const before: Element[] = [start as Element];
  let fwdDone = false;
  let backDone = false;
  return {
    at(d: number): Element | null {
      if (d >= 0) {
        while (after.length <= d && !fwdDone) {
          const n = fwd.nextNode();
          if (n) after.push(n as Element);
          else fwdDone = true;
        }
        return after[d] ?? null;
      }
      while (before.length <= -d && !backDone) {
        const n = back.previousNode(); // reaches the body (the root) before null: the body is not listed
        if (n && n !== body) before.push(n as Element);
        else backDone = true;
      }
      return before[-d] ?? null;
    },
    someAncestor(el: Element, test: (a: Element) => boolean): boolean {
      up.currentNode = el;
      for (let a = up.parentNode(); a && a !== body; a = up.parentNode()) if (test(a as Element)) return true;
      return false;
    },
  };
}
