// In-page reader mode, injected on demand into the isolated world (scripting.executeScript). One
// object on the isolated world's globalThis survives re-injection (R23); toggling is serialised so
// rapid clicks cannot open two overlays. Leaving removes every trace (R21, H3): our one node, our
// listeners (one AbortController), the print sheet; then the page's styles, scroll, focus and
// selection are put back as saved.
import { extractArticle } from '../lib/extract';
import type { Article } from '../lib/types';
import { getSettings, siteOptions } from '../platform/storage';
import { buildOverlay } from './overlay';
import { lockScroll, restorePage, savePage, type SavedPage } from './page-state';
import { closeStaleReaders, markRestore, staleReaders } from './stale';
import { PRINT_PAGE_CSS, adoptStyles, dropStyles } from './styles';

export interface LecternReader {
  toggle(): Promise<boolean>;
  isOpen(): boolean;
}

declare global {
  var __lecternReader: LecternReader | undefined;
}

interface Session { host: HTMLElement; saved: SavedPage; abort: AbortController; observer: MutationObserver; print: CSSStyleSheet | null }

function readArticle(opts: ReturnType<typeof siteOptions>): Article {
  try {
    return extractArticle(document, location.href, { ...opts, now: new Date() });
  } catch {
    // Too large or unparsable: the overlay still opens, with the header and a short note.
    return { url: location.href, isNewsArticle: false, readerable: false, metadata: { authors: [], itemType: 'webpage', provenance: {} }, text: '', html: '', removed: [], wordCount: 0 };
  }
}

function createReader(): LecternReader {
  let session: Session | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function close(): void {
    const s = session;
    if (!s) return;
    session = null;
    s.abort.abort();
    s.observer.disconnect();
    s.host.remove();
    dropStyles(document, s.print);
    restorePage(document, s.saved);
  }

  async function open(): Promise<void> {
    const settings = await getSettings();
    const article = readArticle(siteOptions(settings, location.href));
    if (session) return;
    const abort = new AbortController();
    const saved = savePage(document);
    const overlay = buildOverlay(document, article, settings, close, abort.signal);
    const { host, shadow } = overlay;
    markRestore(host, saved.htmlStyle, saved.bodyStyle);
    // Keys and clicks inside the reader are ours: the page's bubbling listeners never see them.
    for (const type of ['keydown', 'keyup', 'keypress', 'click', 'input', 'change', 'wheel']) {
      shadow.addEventListener(type, (e) => e.stopPropagation(), { signal: abort.signal });
    }
    // aria-modal: Tab cycles through the reader's own controls instead of the page beneath.
    shadow.addEventListener('keydown', (e) => {
      const ke = e as KeyboardEvent;
      if (ke.key !== 'Tab') return;
      const stops = Array.from(shadow.querySelectorAll<HTMLElement>('select, input, button, .scroll'));
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (ke.shiftKey && shadow.activeElement === first) { ke.preventDefault(); last?.focus(); }
      else if (!ke.shiftKey && shadow.activeElement === last) { ke.preventDefault(); first?.focus(); }
    }, { signal: abort.signal });
    window.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && session) {
        e.preventDefault();
        e.stopImmediatePropagation();
        close();
      }
    }, { capture: true, signal: abort.signal });
    // A page that removes unknown nodes (SPA re-render) ends reader mode cleanly (H1).
    const observer = new MutationObserver(() => {
      if (session && !host.isConnected) close();
    });
    observer.observe(document.documentElement, { childList: true });
    // Back/forward cache (R24): a page frozen with the reader open comes back with it open and
    // working (the isolated world is frozen with it); a page really unloaded closes it first.
    window.addEventListener('pagehide', (e) => { if (!e.persisted) close(); }, { signal: abort.signal });
    document.documentElement.append(host);
    lockScroll(document);
    session = { host, saved, abort, observer, print: adoptStyles(document, PRINT_PAGE_CSS) };
    overlay.focusTarget.focus({ preventScroll: true });
  }

  return {
    // An overlay left by an older copy counts as open: the toggle's first press closes it (R5).
    isOpen: () => session !== null || staleReaders(document, null).length > 0,
    toggle(): Promise<boolean> {
      const run = queue.then(async () => {
        if (session) close();
        else if (closeStaleReaders(document, null) === 0) await open();
        // The old copy's observer restores the page in a microtask: let it finish first.
        else await Promise.resolve();
        return session !== null;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

globalThis.__lecternReader ??= createReader();
