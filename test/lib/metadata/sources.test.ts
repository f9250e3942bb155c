// One table per metadata source: what each reads, and the provenance it records.
import { describe, expect, it } from 'vitest';
import { readMetaTags } from '../../../src/lib/metadata/candidates';
import { fromDublinCore } from '../../../src/lib/metadata/dublin-core';
import { fromHighwire } from '../../../src/lib/metadata/highwire';
import { fromJsonLd } from '../../../src/lib/metadata/json-ld';
import { fromOpenGraph } from '../../../src/lib/metadata/opengraph';
import { fromParsely } from '../../../src/lib/metadata/parsely';
import { docOf, metaOf, page } from './helpers';

const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const names = (html: string): string[] => metaOf(html).authors.map((a) => `${a.name}:${a.kind}`);

describe('json-ld', () => {
  it.each([
    ['author array (readability #617)', { '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }] }, ['Jane Doe:person', 'John Roe:person']],
    ['string author', { '@type': 'Article', headline: 'H', author: 'Jane Doe' }, ['Jane Doe:person']],
    ['string array', { '@type': 'Article', headline: 'H', author: ['Jane Doe', 'John Roe'] }, ['Jane Doe:person', 'John Roe:person']],
    ['organisation author', { '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Organization', name: 'Reuters' } }, ['Reuters:organization']],
    ['URL author skipped', { '@type': 'NewsArticle', headline: 'H', author: ['https://x.example/jane', { name: 'Jane Doe' }] }, ['Jane Doe:person']],
  ])('%s', (_label, obj, expected) => {
    expect(names(page(ld(obj)))).toEqual(expected);
  });

  it('@graph with @id links (readability #932)', () => {
    const html = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Person', '@id': '#p1', name: 'Jane Doe' },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Ledger' },
          { '@type': 'NewsArticle', headline: 'Graph headline', author: { '@id': '#p1' }, publisher: { '@id': '#org' },
            datePublished: '2024-01-02T03:04:05+01:00', dateModified: '2024-01-03', inLanguage: 'en-GB', articleSection: ['World', 'Europe'] },
        ],
      }),
    );
    const m = metaOf(html);
    expect(m).toMatchObject({ title: 'Graph headline', publisher: 'The Ledger', published: '2024-01-02T03:04:05+01:00',
      modified: '2024-01-03', lang: 'en-GB', section: 'World', itemType: 'article-newspaper' });
    expect(m.authors).toEqual([{ name: 'Jane Doe', kind: 'person', given: 'Jane', family: 'Doe' }]);
    expect(m.provenance).toMatchObject({ title: 'json-ld', authors: 'json-ld', published: 'json-ld', publisher: 'json-ld:publisher' });
  });

  it('survives invalid JSON blocks and picks the article among several', () => {
    const html = page(`<script type="application/ld+json">{"@type": "NewsArticle", broken</script>${ld({ '@type': 'BreadcrumbList' })}${ld([{ '@type': 'WebPage', name: 'Page' }, { '@type': 'BlogPosting', headline: 'Post' }])}`);
    const info = fromJsonLd(docOf(html));
    expect(info.types).toEqual(['BlogPosting']);
    expect(info.candidates.find((c) => c.field === 'title')?.value).toBe('Post');
  });
});

describe('meta-tag sources', () => {
  const head = `
    <meta name="citation_title" content="HW title"><meta name="citation_author" content="Doe, Jane">
    <meta name="citation_author" content="Roe, John"><meta name="citation_publication_date" content="2020/01/02">
    <meta name="citation_doi" content="10.1234/abc.5">
    <meta name="DC.title" content="DC title"><meta name="DC.creator" content="Poe, Ann"><meta name="dcterms.issued" content="2020-01-03">
    <meta name="DC.language" content="fr"><meta name="DC.publisher" content="DC Pub">
    <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
    <meta property="article:published_time" content="2020-01-04T10:00:00Z"><meta property="article:section" content="Sport">
    <meta property="article:author" content="https://facebook.com/jane"><meta property="article:author" content="Jane Doe">
    <meta name="parsely-page" content='{"title":"P title","pub_date":"2020-01-05T00:00:00Z","section":"PSec","authors":["Ann Poe"]}'>`;
  const meta = readMetaTags(docOf(page(head)));
  it.each([
    ['highwire', fromHighwire, { title: 'HW title', published: '2020/01/02', doi: '10.1234/abc.5', authors: 'Doe, Jane|Roe, John' }],
    ['dublin-core', fromDublinCore, { title: 'DC title', published: '2020-01-03', lang: 'fr', publisher: 'DC Pub', authors: 'Poe, Ann' }],
    ['opengraph', fromOpenGraph, { title: 'OG title', siteName: 'OG Site', published: '2020-01-04T10:00:00Z', section: 'Sport', authors: 'Jane Doe' }],
    ['parsely', fromParsely, { title: 'P title', published: '2020-01-05T00:00:00Z', section: 'PSec', authors: 'Ann Poe' }],
  ] as const)('%s', (_name, source, expected) => {
    const got: Record<string, string> = {};
    for (const c of source(meta)) {
      const v = c.field === 'authors' ? c.value.map((r) => r.name).join('|') : c.value;
      if (!(c.field in got)) got[c.field] = v;
    }
    expect(got).toMatchObject(expected);
  });

  it('merge order: Highwire beats DC and OG; provenance recorded', () => {
    const m = metaOf(page(head));
    expect(m).toMatchObject({ title: 'HW title', published: '2020-01-02', doi: '10.1234/abc.5', siteName: 'OG Site', section: 'Sport' });
    expect(m.authors.map((a) => a.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(m.provenance).toMatchObject({ title: 'highwire:citation_title', published: 'highwire:citation_publication_date',
      authors: 'highwire', siteName: 'meta:og:site_name', section: 'meta:article:section' });
  });
});

describe('DOM sources', () => {
  it.each([
    ['meta author', '<meta name="author" content="Jane Doe">', '<h1>T</h1>', ['Jane Doe:person'], 'meta:author'],
    ['rel=author links (several authors, readability #153)', '', '<article><h1>T</h1><p class="byline">By <a rel="author" href="/a">Jane Doe</a>, <a rel="author" href="/b">John Roe</a> and <a rel="author" href="/c">Ann Poe</a></p></article>', ['Jane Doe:person', 'John Roe:person', 'Ann Poe:person'], 'byline'],
    ['itemprop author with nested name', '', '<h1>T</h1><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>', ['Jane Doe:person'], 'byline'],
    ['"Name + date" byline (readability #938)', '', '<h1>T</h1><div class="byline">Jane Doe 13 February 2020</div>', ['Jane Doe:person'], 'byline'],
    ['.signature "Par AFP"', '', '<h1>T</h1><div class="signature">Par AFP</div>', ['AFP:organization'], 'byline'],
    ['plain "By X" line after the h1', '', '<h1>T</h1><p>By Jane Doe</p><p>Body text here.</p>', ['Jane Doe:person'], 'byline:text'],
    ['author in footer ignored', '', '<h1>T</h1><p>Body.</p><footer><span class="author">Web Team</span></footer>', [], undefined],
  ])('%s', (_l, head, body, expected, from) => {
    const m = metaOf(page(head, body));
    expect(m.authors.map((a) => `${a.name}:${a.kind}`)).toEqual(expected);
    expect(m.provenance.authors).toBe(from);
  });

  it.each([
    ['<time pubdate>', '<h1>T</h1><time datetime="2019-01-01">x</time><article><time datetime="2020-05-06T07:08:09+02:00" pubdate>x</time></article>', '2020-05-06T07:08:09+02:00', 'time'],
    ['itemprop datePublished', '<h1>T</h1><meta itemprop="datePublished" content="2020-05-06">', '2020-05-06', 'microdata:datePublished'],
    // Issue 17: a date shown only as text is read, with fixed patterns (never Date.parse: D4), marked as such.
    ['visible date line read from the page text', '<h1>T</h1><p class="date">May 6, 2020</p>', '2020-05-06', 'page-text'],
    ['free text that is no date ignored', '<h1>T</h1><p class="date">tomorrow at noon</p>', undefined, undefined],
    ['a date in a sidebar ignored', '<h1>T</h1><aside><p>May 6, 2020</p></aside>', undefined, undefined],
  ])('%s', (_l, body, published, from) => {
    const m = metaOf(page('', body));
    expect(m.published).toBe(published);
    expect(m.provenance.published).toBe(from);
  });
});
