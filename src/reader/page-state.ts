// What reader mode touches on the page, saved on open and put back exactly on close (SECURITY.md R21,
// H3): the inline style attribute of html and body (including its absence), scroll position, focus
// and selection. Form values and listeners are never touched: the overlay sits above the page.

export interface SavedPage {
  htmlStyle: string | null;
  bodyStyle: string | null;
  scrollX: number;
  scrollY: number;
  focus: Element | null;
  field: { start: number | null; end: number | null; direction: 'forward' | 'backward' | 'none' | null } | null;
  ranges: Range[];
}

type TextField = HTMLInputElement | HTMLTextAreaElement;
const isTextField = (el: Element | null): el is TextField =>
  !!el && (el.localName === 'textarea' || el.localName === 'input') && 'selectionStart' in el;

function fieldSelection(el: TextField): SavedPage['field'] {
  try {
    return { start: el.selectionStart, end: el.selectionEnd, direction: el.selectionDirection };
  } catch {
    return null; // input types without selection (number, email…)
  }
}

export function savePage(doc: Document): SavedPage {
  const view = doc.defaultView;
  const sel = doc.getSelection();
  const ranges: Range[] = [];
  for (let i = 0; sel && i < sel.rangeCount; i++) ranges.push(sel.getRangeAt(i).cloneRange());
  const focus = doc.activeElement;
  return {
    htmlStyle: doc.documentElement.getAttribute('style'),
    bodyStyle: doc.body?.getAttribute('style') ?? null,
    scrollX: view?.scrollX ?? 0,
    scrollY: view?.scrollY ?? 0,
    focus,
    field: isTextField(focus) ? fieldSelection(focus) : null,
    ranges,
  };
}

/** Stop the page scrolling beneath the overlay (CSSOM writes: allowed under any page CSP). */
export function lockScroll(doc: Document): void {
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
  doc.body?.style.setProperty('overflow', 'hidden', 'important');
}

function restoreAttr(el: Element | null, value: string | null): void {
  if (!el) return;
  if (value === null) {
    el.removeAttribute('style');
    // Chromium, background tab: the first removal can leave style="" behind (lazy CSSOM sync).
    if (el.hasAttribute('style')) el.removeAttribute('style');
  } else if (el.getAttribute('style') !== value) el.setAttribute('style', value);
}

export function restorePage(doc: Document, saved: SavedPage): void {
  restoreAttr(doc.documentElement, saved.htmlStyle);
  restoreAttr(doc.body, saved.bodyStyle);
  doc.defaultView?.scrollTo({ left: saved.scrollX, top: saved.scrollY, behavior: 'instant' });
  const focus = saved.focus as HTMLElement | null;
  if (focus && focus !== doc.body && focus.isConnected && typeof focus.focus === 'function') {
    focus.focus({ preventScroll: true });
    if (isTextField(focus) && saved.field && saved.field.start !== null && saved.field.end !== null) {
      try {
        focus.setSelectionRange(saved.field.start, saved.field.end, saved.field.direction ?? undefined);
      } catch { /* type changed meanwhile */ }
    }
  } else {
    (doc.activeElement as HTMLElement | null)?.blur?.();
  }
  if (!isTextField(focus)) {
    const sel = doc.getSelection();
    if (sel) {
      sel.removeAllRanges();
      for (const r of saved.ranges) sel.addRange(r);
    }
  }
  // Scrolling again: focusing can scroll in some engines even with preventScroll.
  doc.defaultView?.scrollTo({ left: saved.scrollX, top: saved.scrollY, behavior: 'instant' });
}
