// Injected on demand for the "Copy citation" context-menu entry: reads the page's metadata (no
// Readability needed), renders the default style and writes it to the clipboard from the page.
// Kept out of the background script so the worker stays small (citeproc is ~1 MB). It carries
// en-US only: the worker reads any other CSL locale file the citation needs from the package and
// passes it in (`locales`; platform/menu-copy.ts), since a page script may not read our files.
import { extractMetadata } from '../lib/metadata';
import { renderCitation, isStyleId, type LocaleXml } from '../lib/citation/core';

declare global {
  var __lecternCite: ((style: string, locale: string | undefined, locales?: LocaleXml) => Promise<boolean>) | undefined;
}

/** execCommand('copy') through a textarea in a closed shadow root, then everything put back. */
function legacyCopy(text: string): boolean {
  const focus = document.activeElement as HTMLElement | null;
  const sel = document.getSelection();
  const ranges = sel ? Array.from({ length: sel.rangeCount }, (_, i) => sel.getRangeAt(i).cloneRange()) : [];
  const host = document.createElement('lectern-copy');
  const area = document.createElement('textarea');
  area.value = text;
  host.attachShadow({ mode: 'closed' }).append(area);
  document.documentElement.append(host);
  let ok = false;
  try {
    area.select();
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    host.remove();
    focus?.focus?.({ preventScroll: true });
    sel?.removeAllRanges();
    for (const r of ranges) sel?.addRange(r);
  }
  return ok;
}

globalThis.__lecternCite ??= async (style, locale, locales = {}) => {
  if (!isStyleId(style)) return false;
  const meta = extractMetadata(document, location.href, { now: new Date() });
  if (!meta.title) meta.title = document.title;
  const { text } = renderCitation(meta, style, { locale, locales });
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not focused, or no activation: try the legacy path below.
  }
  return legacyCopy(text);
};
