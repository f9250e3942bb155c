// Reader overlays left behind by an older copy of Lectern (SECURITY.md R5). After an update the
// page keeps the old <lectern-reader>: in Chrome its isolated world still runs (Escape and Close
// work), in Firefox the old content-script sandbox is gone and the overlay is dead, with the page's
// scroll still locked. Each overlay carries the page's original html/body style attributes and the
// build that made it, so a later copy can put the page back exactly as the old one would have:
// the background does so in every open tab right after an update (src/platform/update-cleanup.ts),
// and the reader's first toggle does so in a tab the background could not reach.
import { BUILD_ID } from '../build-id';

export const READER_TAG = 'lectern-reader';
const RESTORE_ATTR = 'data-lectern-restore';

interface Restore { html: string | null; body: string | null; build: string }

/** Record, on the overlay host, what closing must put back (the page could read it anyway). */
export function markRestore(host: Element, html: string | null, body: string | null): void {
  host.setAttribute(RESTORE_ATTR, JSON.stringify({ html, body, build: BUILD_ID } satisfies Restore));
}

/** Overlays in the page other than `own` (the live one of this copy, if any). */
export function staleReaders(doc: Document, own: Element | null): Element[] {
  return Array.from(doc.querySelectorAll(READER_TAG)).filter((el) => el !== own);
}

/**
 * Remove stale overlays and restore the page styles the oldest of them saved; returns how many
 * went. A live old copy notices its host leaving (its MutationObserver) and restores the same
 * values, scroll and focus included; a dead one needs us. `keep`: overlays recorded by this build
 * stay (after an update, a reader the new copy opened meanwhile is not stale).
 *
 * SELF-CONTAINED (no imports, no module names, no helpers outside its body): the background passes
 * it to scripting.executeScript, which sends its source text into each tab. `doc` null means the
 * document of the page it runs in; nothing else of the page is read.
 */
export function closeStaleReaders(doc: Document | null, own: Element | null, keep: string | null = null): number {
  const d = doc ?? document;
  const record = (host: Element): { html: string | null; body: string | null; build: unknown } | null => {
    try {
      const value: unknown = JSON.parse(host.getAttribute('data-lectern-restore') ?? '');
      if (typeof value !== 'object' || value === null) return null;
      const { html, body, build } = value as Record<string, unknown>;
      const ok = (v: unknown): v is string | null => v === null || typeof v === 'string';
      return ok(html) && ok(body) ? { html, body, build } : null;
    } catch {
      return null;
    }
  };
  const setStyle = (el: Element | null, value: string | null): void => {
    if (!el) return;
    if (value === null) {
      el.removeAttribute('style');
      // Chromium, background tab: the first removal can leave style="" behind (lazy CSSOM sync).
      if (el.hasAttribute('style')) el.removeAttribute('style');
    } else el.setAttribute('style', value);
  };
  const hosts = Array.from(d.querySelectorAll('lectern-reader')).filter((el) => el !== own);
  const stale = hosts.filter((el) => keep === null || record(el)?.build !== keep);
  const restore = stale.map(record).find((r) => r !== null) ?? null;
  for (const host of stale) host.remove();
  // A reader of this build still open keeps the page locked; it restores the page when it closes.
  if (restore && stale.length === hosts.length) {
    setStyle(d.documentElement, restore.html);
    setStyle(d.body, restore.body);
  }
  return stale.length;
}
