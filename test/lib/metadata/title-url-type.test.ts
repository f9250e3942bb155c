// Titles (D5), citation URL (D1) and item type tables.
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../src/lib/metadata/title';
import { citationUrl, siteKey } from '../../../src/lib/metadata/url';
import { metaOf, page } from './helpers';

describe('cleanTitle', () => {
  it.each([
    ['Harbour tunnel opens | The Daily Ledger', 'The Daily Ledger', 'Harbour tunnel opens'],
    ['Harbour tunnel opens - The Daily Ledger', 'The Daily Ledger', 'Harbour tunnel opens'],
    ['The Daily Ledger | Harbour tunnel opens today', 'The Daily Ledger', 'Harbour tunnel opens today'],
    ['Le régime syrien reprend Boukamal | France-Soir', 'France-Soir', 'Le régime syrien reprend Boukamal'],
    ['Tunnel | opens', undefined, 'Tunnel | opens'],
    ['  Line\nbreak\ttab  ', undefined, 'Line break tab'],
    ['Caf\u0065\u0301 &amp;amp; bar', undefined, 'Café &amp; bar'],
    ['<b>Bold</b> title', undefined, 'Bold title'],
  ])('%s', (raw, site, out) => {
    expect(cleanTitle(raw, site)).toBe(out);
  });

  it('caps at 1,000 characters with an ellipsis', () => {
    const t = cleanTitle('x'.repeat(1_000_000));
    expect(Array.from(t)).toHaveLength(1000);
    expect(t.endsWith('…')).toBe(true);
  });

  it('falls back to the hostname when the page has no title', () => {
    expect(metaOf(page('<title> </title>', '<p>x</p>'), 'https://www.shop.example/p').title).toBe('shop.example');
  });
});

describe('citation URL', () => {
  it.each([
    ['www.lemonde.fr', 'lemonde.fr'],
    ['m.bbc.co.uk', 'bbc.co.uk'],
    ['amp.theguardian.com', 'theguardian.com'],
    ['news.example.com.au', 'example.com.au'],
    ['edition.cnn.com', 'cnn.com'],
  ])('siteKey(%s) = %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });

  it.each([
    ['https://m.site.example/a?x=1', ['https://www.site.example/a'], 'https://www.site.example/a'],
    ['https://site.example/a', ['/canonical-path'], 'https://site.example/canonical-path'],
    ['https://attacker.example/a', ['https://www.reuters.com/world/x'], 'https://attacker.example/a'],
    ['https://evil.co.uk/a', ['https://bbc.co.uk/news'], 'https://evil.co.uk/a'],
    ['https://site.example/a', ['javascript:alert(1)'], 'https://site.example/a'],
    ['https://site.example/a', ['https://site.example/b#frag'], 'https://site.example/b'],
  ])('%s with %j → %s', (tab, claimed, out) => {
    expect(citationUrl(tab, claimed)).toBe(out);
  });
});

describe('item type (no site rules)', () => {
  const ld = (t: object): string => `<script type="application/ld+json">${JSON.stringify(t)}</script>`;
  it.each([
    ['NewsArticle', ld({ '@type': 'NewsArticle', headline: 'H' }), 'article-newspaper'],
    ['ReportageNewsArticle', ld({ '@type': 'ReportageNewsArticle', headline: 'H' }), 'article-newspaper'],
    ['Article + NewsMediaOrganization', ld({ '@type': 'Article', headline: 'H', publisher: { '@type': 'NewsMediaOrganization', name: 'N' } }), 'article-newspaper'],
    ['Article in a Periodical', ld({ '@type': 'Article', headline: 'H', isPartOf: { '@type': 'Periodical', name: 'Mag' }, datePublished: '2020-01-01', publisher: { name: 'Mag' } }), 'article-magazine'],
    ['BlogPosting', ld({ '@type': 'BlogPosting', headline: 'H' }), 'post-weblog'],
    ['og:type article + published + site', '<meta property="og:type" content="article"><meta property="og:site_name" content="S"><meta property="article:published_time" content="2020-01-01">', 'article-newspaper'],
    ['og:type article on a magazine', '<meta property="og:type" content="article"><meta property="og:site_name" content="Outdoor Magazine"><meta property="article:published_time" content="2020-01-01">', 'article-magazine'],
    ['WordPress generator', '<meta name="generator" content="WordPress 6.4"><meta property="og:type" content="article"><meta property="og:site_name" content="S"><meta property="article:published_time" content="2020-01-01">', 'post-weblog'],
    ['Substack generator', '<meta name="generator" content="Substack"><meta property="og:type" content="article">', 'post-weblog'],
    ['og:type website', '<meta property="og:type" content="website">', 'webpage'],
    ['nothing', '', 'webpage'],
  ])('%s', (_l, head, type) => {
    expect(metaOf(page(head)).itemType).toBe(type);
  });
});
