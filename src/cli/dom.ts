// Parses HTML the way the extension sees it: a full document, scripts never run, URL set so that
// relative links resolve against the page.
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseDocument(html: string, url: string): { doc: Document; window: Window; close(): void } {
  const virtualConsole = new VirtualConsole(); // silence CSS parse errors of arbitrary pages
  const dom = new JSDOM(html, { url: safeUrl(url), contentType: 'text/html', virtualConsole });
  return { doc: dom.window.document, window: dom.window as unknown as Window, close: () => dom.window.close() };
}

function safeUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return 'about:blank';
  }
}

/** <link rel=canonical> as an absolute http(s) URL, if the page has one. */
export function canonicalUrl(doc: Document): string | undefined {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    const u = new URL(href, doc.baseURI);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
