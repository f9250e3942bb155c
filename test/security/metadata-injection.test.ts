// JSON-LD and meta values that carry markup (SECURITY.md A13, A14): metadata stays plain strings —
// decoded at most once, never parsed — and a JSON-LD block broken by an unescaped </script> is
// ignored with a fallback title instead of an exception.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/lib/metadata';

const page = (head: string): Document => new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body><article><h1>Fallback headline</h1><p>Text.</p></article></body></html>`, 'text/html');
const URL_ = 'https://news.example/story';
const NOW = new Date('2026-01-01T00:00:00Z');

describe('markup in metadata (A13, A14)', () => {
  it('A14: a JSON-LD headline with escaped </script> and tags stays text', () => {
    const doc = page(`<title>Page title</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline <\\/script><b>x</b>","author":{"@type":"Person","name":"Ann <img src=x onerror=alert(1)> Lee"}}</script>`);
    const meta = extractMetadata(doc, URL_, { now: NOW });
    expect(typeof meta.title).toBe('string');
    expect(meta.title).toMatch(/^Headline/);
    // Whatever the cleaning keeps, no value can become an element: the popup sets them via textContent
    // (test/e2e/security-xss.e2e.ts X1/X4 check the rendered header).
    for (const a of meta.authors) expect(typeof a.name).toBe('string');
  });

  it('A14: an unescaped </script> inside the JSON ends the block early: ignored, fallback title, no exception', () => {
    const doc = page(`<title>Page title | Site</title><meta property="og:title" content="OG title"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken </script><b>x</b>"}</script>`);
    const meta = extractMetadata(doc, URL_, { now: NOW });
    expect(meta.title).toBe('OG title');
  });

  it('A13: an og:title escaped twice is decoded at most once (no live markup string from double decoding)', () => {
    const doc = page('<meta property="og:title" content="&amp;lt;img src=x onerror=alert(1)&amp;gt;Rope works">');
    const meta = extractMetadata(doc, URL_, { now: NOW });
    expect(meta.title).not.toMatch(/<img/i);
  });
});
