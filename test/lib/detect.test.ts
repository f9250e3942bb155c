import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNewsArticle, urlShape } from '../../src/lib/detect';

const FIXTURES = path.resolve(__dirname, '../fixtures/detect');

function load(file: string): Document {
  const html = readFileSync(path.join(FIXTURES, file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const CASES: { file: string; url: string; verdict: boolean; signal?: string }[] = [
  { file: 'news-jsonld-graph.html', url: 'https://www.valleycourier.example/news/2024/03/12/millbrook-bridges', verdict: true, signal: 'json-ld:NewsArticle' },
  { file: 'news-og-only.html', url: 'https://www.journal-ouest.example/saint-aubin/le-marche-couvert-rouvre-apres-deux-ans', verdict: true, signal: 'og:type' },
  { file: 'blog-post.html', url: 'https://notes.example.org/posts/why-i-went-back-to-paper-notebooks', verdict: true, signal: 'json-ld:BlogPosting' },
  { file: 'article-no-metadata.html', url: 'https://www.eastportgazette.example/local/harbour-cranes-to-be-replaced-after-storm-damage', verdict: true, signal: 'readerable' },
  // Four Japanese paragraphs of 60–90 characters: under isProbablyReaderable's 140-character bar, over it
  // in European-letter equivalents (a character counts three there).
  { file: 'article-no-metadata-ja.html', url: 'https://www.minatomachi.example/local/2022/11/04/harbour-cranes', verdict: true, signal: 'readerable' },
  { file: 'malformed-jsonld-article.html', url: 'https://www.diario.example/ciudad/la-biblioteca-amplia-su-horario', verdict: true, signal: 'og:type' },
  { file: 'home.html', url: 'https://www.valleycourier.example/', verdict: false },
  { file: 'section-index.html', url: 'https://www.rheintal.example/politik/', verdict: false },
  { file: 'search.html', url: 'https://www.valleycourier.example/search?q=flood', verdict: false },
  { file: 'product.html', url: 'https://shop.hearth.example/products/stovetop-kettle-x200', verdict: false },
  { file: 'login.html', url: 'https://www.valleycourier.example/login', verdict: false },
  // The same article markup served as a home page is still not an article page.
  { file: 'news-jsonld-graph.html', url: 'https://www.valleycourier.example/', verdict: false },
];

describe('isNewsArticle', () => {
  it.each(CASES)('$file at $url → $verdict', ({ file, url, verdict, signal }) => {
    const result = isNewsArticle(load(file), url);
    expect(result.verdict, JSON.stringify(result.signals)).toBe(verdict);
    if (signal) expect(result.signals).toHaveProperty([signal]);
  });

  it('never throws on an empty or odd document', () => {
    const doc = new DOMParser().parseFromString('', 'text/html');
    expect(isNewsArticle(doc, 'not a url').verdict).toBe(false);
    const clobbered = new DOMParser().parseFromString(
      '<form name="querySelector"></form><img name="querySelectorAll"><h1>x</h1>',
      'text/html',
    );
    expect(() => isNewsArticle(clobbered, 'https://a.example/x')).not.toThrow();
  });

  it('ignores oversized JSON-LD and deeply nested arrays without throwing', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const doc = new DOMParser().parseFromString(
      `<script type="application/ld+json">${deep}</script><script type="application/ld+json">{"@type":"NewsArticle","x":"${'a'.repeat(300_000)}"}</script>`,
      'text/html',
    );
    const r = isNewsArticle(doc, 'https://a.example/');
    expect(r.signals).not.toHaveProperty(['json-ld:NewsArticle']);
  });

  it('does not run isProbablyReaderable when structured data is conclusive', () => {
    const r = isNewsArticle(load('news-jsonld-graph.html'), 'https://www.valleycourier.example/news/2024/03/12/millbrook-bridges');
    expect(r.signals).not.toHaveProperty(['readerable']);
  });
});

describe('urlShape', () => {
  it.each([
    ['https://x.example/', -2],
    ['https://x.example/en/', -2],
    ['https://x.example/2017/11/18/boukamal', 1],
    ['https://x.example/politique-monde/le-regime-syrien-reprend-le-controle-de-boukamal', 1],
    ['https://x.example/category/politics/a-long-article-slug-about-things', 1],
    ['https://x.example/tag/floods', -1],
    ['https://x.example/search?q=x', -1],
    ['https://x.example/?s=x', -1],
    ['https://x.example/cart', -1],
    ['https://x.example/politik/', -1],
    ['https://x.example/story/123456', 1],
  ])('%s → %d', (url, score) => {
    expect(urlShape(url).score).toBe(score);
  });
});
