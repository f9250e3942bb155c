// Parses HTML the way the extension sees it: a full document, scripts never run, URL set so that
// relative links resolve against the page.
import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParsedPage { doc: Document; window: Window; close(): void; note?: string }

/**
 * jsdom parses every <style> block as the parser pops it, and its CSS value parser throws on text no
 * browser would choke on (SCSS left in a page: `calc(100% - #{$gutter})`), which fails the whole
 * parse. Browsers drop such declarations; we parse again with the style blocks emptied (no step of
 * the pipeline needs the page's stylesheets to find the article) and say so in a note.
 */
export function parseDocument(html: string, url: string): ParsedPage {
  try {
    return parseOnce(html, url);
  } catch {
    const page = parseOnce(withoutStyleBlocks(html), url);
    return { ...page, note: 'The page\'s <style> blocks could not be parsed and were ignored.' };
  }
}

/** Empties <style> elements' text; the elements stay so that the tree is the same. */
export function withoutStyleBlocks(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>|$)/gi, '$1$2');
}

function parseOnce(html: string, url: string): ParsedPage {
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
