// Detector content script: runs on every http(s) page at document_idle, so it stays tiny (no
// Readability, DOMPurify or citation code — a build check enforces the size). Reads, never writes.
import { isNewsArticle } from './lib/detect';
import { send } from './platform/messages';
import type { DetectResult } from './lib/types';

let verdict: DetectResult | undefined;

function announce(): void {
  try {
    if (!(document.documentElement instanceof HTMLElement) || !document.body) return;
    verdict ??= isNewsArticle(document, location.href);
    void send('pageDetected', { url: location.href, detect: verdict }).catch(() => {
      // Extension reloaded or updated under this tab ("context invalidated"): stay silent (R5).
    });
  } catch {
    // A hostile page must never see an error from us; nor must an invalidated extension context,
    // which can throw synchronously on the first API access (R5).
  }
}

announce();
// Back/forward cache (R24): a restored page runs no content script again, yet browsers reset the
// tab's badge on every navigation. Say it again; only the browser's own event counts.
window.addEventListener('pageshow', (e) => {
  if (e.isTrusted && e.persisted) announce();
});
