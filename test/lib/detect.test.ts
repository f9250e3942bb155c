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

// Mechanisms behind missed articles on real pages (issue 18), each with its control.
describe('isNewsArticle on real-world shapes', () => {
  const paras = (n: number): string => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the report on the harbour works, long enough to count as prose for the readerable check, with several clauses and a little more detail about the council vote and its budget.</p>`).join('');
  const doc = (body: string, head = ''): Document => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it('a sign-in box in the header or a modal does not make an article a login page', () => {
    const login = '<form><input name="u"><input type="password" name="p"></form>';
    const article = `<h1>Harbour works begin</h1>${paras(6)}`;
    const url = 'https://www.portnews.example/news/harbour-works-begin-on-monday';
    for (const wrap of [`<header>${login}</header>`, `<div class="modal-login">${login}</div>`, `<div hidden>${login}</div>`]) {
      const r = isNewsArticle(doc(wrap + article), url);
      expect(r.signals['password-field'], wrap).toBeUndefined();
    }
    // Control: the login form as the page's content still counts.
    expect(isNewsArticle(doc(`<main><h1>Sign in</h1>${login}</main>`), 'https://www.portnews.example/account-access').signals['password-field']).toBe(true);
  });

  it('an ItemList or ProfilePage beside a declared NewsArticle tempers it, alone it still says no', () => {
    const ld = (types: string[]): string => `<script type="application/ld+json">${JSON.stringify({ '@graph': types.map((t) => ({ '@type': t })) })}</script>`;
    const url = 'https://www.portnews.example/news/harbour-works-begin-on-monday';
    expect(isNewsArticle(doc(`<h1>x</h1>`, ld(['NewsArticle', 'ItemList', 'ProfilePage']) + '<meta property="og:type" content="article">'), url).verdict).toBe(true);
    expect(isNewsArticle(doc(`<h1>x</h1>${paras(2)}`, ld(['CollectionPage'])), 'https://www.portnews.example/topics').verdict).toBe(false);
  });

  it('a script page with a numeric id is one item; a search query is not', () => {
    expect(urlShape('http://www.alwadi.example/news.php?id=88297')).toEqual({ score: 1, reason: 'query-id' });
    expect(urlShape('http://www.courier.example/news/story.asp?id=20161209-01').reason).toBe('query-id');
    expect(urlShape('http://www.courier.example/news.php?page=2').score).toBeLessThan(1);
    expect(urlShape('http://www.courier.example/search.php?q=12345').reason).toBe('search');
  });

  it('a printed date beside the headline counts like a byline; a year in the prose does not', () => {
    const url = 'https://www.portnews.example/reports/harbour';
    for (const line of ['12.03.2024, 09:13 Uhr', 'March 12, 2024', '12 mars 2024 à 09h13', '2024年3月12日']) {
      expect(isNewsArticle(doc(`<div><h1>Harbour works begin</h1><p class="x">${line}</p>${paras(1)}</div>`), url).signals['byline-near-h1'], line).toBe(true);
    }
    expect(isNewsArticle(doc(`<div><h1>Harbour works begin</h1><p>The harbour was first dredged in 1921 and again in March 2003 after the storm, as the council recalled this week.</p></div>`), url).signals['byline-near-h1']).toBeUndefined();
  });
});
