// Reader overlays left behind by an older copy of Lectern (SECURITY.md R5). After an update the
// page keeps the old <lectern-reader>: in Chrome its isolated world still runs (Escape and Close
// work), in Firefox the old content-script sandbox is gone and the overlay is dead, with the page's
// scroll still locked. Each overlay carries the page's original html/body style attributes, so any
// later copy can put the page back exactly as the old one would have.

export const READER_TAG = 'lectern-reader';
const RESTORE_ATTR = 'data-lectern-restore';

interface Restore { html: string | null; body: string | null }

/** Record, on the overlay host, what closing must put back (the page could read it anyway). */
export function markRestore(host: Element, html: string | null, body: string | null): void {
  host.setAttribute(RESTORE_ATTR, JSON.stringify({ html, body } satisfies Restore));
}

function readRestore(host: Element): Restore | null {
  try {
    const value: unknown = JSON.parse(host.getAttribute(RESTORE_ATTR) ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { html, body } = value as Record<string, unknown>;
    const ok = (v: unknown): v is string | null => v === null || typeof v === 'string';
    return ok(html) && ok(body) ? { html, body } : null;
  } catch {
    return null;
  }
}

function setStyle(el: Element | null, value: string | null): void {
  if (!el) return;
  if (value === null) el.removeAttribute('style');
  else el.setAttribute('style', value);
}

/** Overlays in the page other than `own` (the live one of this copy, if any). */
export function staleReaders(doc: Document, own: Element | null): Element[] {
  return Array.from(doc.querySelectorAll(READER_TAG)).filter((el) => el !== own);
}

/**
 * Remove stale overlays and restore the page styles the oldest of them saved; returns how many
 * went. A live old copy notices its host leaving (its MutationObserver) and restores the same
 * values, scroll and focus included; a dead one needs us.
 */
export function closeStaleReaders(doc: Document, own: Element | null): number {
  const stale = staleReaders(doc, own);
  const restore = stale.map(readRestore).find((r) => r !== null) ?? null;
  for (const host of stale) host.remove();
  if (restore) {
    setStyle(doc.documentElement, restore.html);
    setStyle(doc.body, restore.body);
  }
  return stale.length;
}
