// A page with no article is cited as a web page: its own name, no author, no date of its own.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { asWebPage } from '../../../src/lib/metadata/web-page';
import { extractArticle } from '../../../src/lib/extract';
import type { Metadata } from '../../../src/lib/types';

describe('asWebPage', () => {
  const article: Metadata = {
    title: 'Économie', url: 'https://courrier.example/economie', authors: [{ name: 'Jean Dupont', kind: 'person', given: 'Jean', family: 'Dupont' }],
    published: '2024-05-02', modified: '2024-05-03', siteName: 'Le Courrier', itemType: 'article-newspaper', accessed: '2024-05-04',
    provenance: { title: 'h1', authors: 'byline', published: 'time', modified: 'time', siteName: 'og:site_name' },
  };
  it("takes the page's own name, no author, no date, item type webpage; keeps site, URL and access date", () => {
    const w = asWebPage(article, 'Économie – Le Courrier');
    expect(w).toMatchObject({ title: 'Économie – Le Courrier', authors: [], itemType: 'webpage', siteName: 'Le Courrier', url: article.url, accessed: '2024-05-04' });
    expect(w.published).toBeUndefined();
    expect(w.modified).toBeUndefined();
    expect(w.provenance).toMatchObject({ title: 'document-title', siteName: 'og:site_name' });
    expect(w.provenance.authors).toBeUndefined();
  });
  it('keeps the title it had when the page has no <title>', () => {
    expect(asWebPage(article, '  ').title).toBe('Économie');
  });
});

describe('extractArticle on a section index', () => {
  it('cites the index as a web page, not with its teasers’ bylines and dates', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/s/${i}">Titre ${i}</a> <span class="byline">Par Jean Dupont</span> <time datetime="2024-05-0${i + 1}">${i + 1} mai</time></li>`).join('');
    const html = `<html lang="fr"><head><title>Économie – Le Courrier</title><meta property="og:site_name" content="Le Courrier"></head><body><h1>Économie</h1><ul>${teasers}</ul></body></html>`;
    const url = 'https://courrier.example/economie';
    const a = extractArticle(new JSDOM(html, { url }).window.document, url, { now: new Date('2024-06-01') });
    expect(a.readerable).toBe(false);
    expect(a.metadata).toMatchObject({ title: 'Économie – Le Courrier', authors: [], itemType: 'webpage' });
    expect(a.metadata.published).toBeUndefined();
  });
});
