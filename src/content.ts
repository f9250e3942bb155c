// Detector content script: runs on every http(s) page at document_idle, so it stays tiny (no
// Readability, DOMPurify or citation code — a build check enforces the size). Reads, never writes.
import { isNewsArticle } from './lib/detect';
import { send } from './platform/messages';

try {
  if (document.documentElement instanceof HTMLElement && document.body) {
    const detect = isNewsArticle(document, location.href);
    void send('pageDetected', { url: location.href, detect }).catch(() => {
      // Extension reloaded or updated under this tab ("context invalidated"): stay silent (R5).
    });
  }
} catch {
  // A hostile page must never see an error from us.
}
