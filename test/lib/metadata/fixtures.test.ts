// Whole-page extraction on fixtures written for this suite: every field right.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/lib/metadata/index';
import { docOf, fixture, NOW } from './helpers';

const person = (given: string, family: string, extra: object = {}): object => ({
  name: `${given} ${family}`,
  kind: 'person',
  given,
  family,
  ...extra,
});

const CASES = [
  {
    file: 'jsonld-graph.html',
    url: 'https://www.dailyledger.example/city/2024/03/harbour-tunnel-opens',
    expected: {
      title: 'Harbour tunnel opens after nine years of delays',
      authors: [person('Priya', 'Raman'), person('Tomás', 'Ó Briain')],
      siteName: 'The Daily Ledger',
      publisher: 'The Daily Ledger',
      published: '2024-03-14T06:30:00Z',
      modified: '2024-03-14T09:05:12+00:00',
      lang: 'en-GB',
      section: 'City',
      itemType: 'article-newspaper',
      // Same site: the canonical wins (tracking parameters included, as the page declares it).
      url: 'https://www.dailyledger.example/city/2024/03/harbour-tunnel-opens?utm_source=rss',
    },
    provenance: { authors: 'json-ld', published: 'json-ld', url: 'canonical' },
  },
  {
    file: 'highwire-magazine.html',
    url: 'https://railroad.example/2019/night-trains',
    expected: {
      title: 'The quiet return of the night train',
      authors: [
        person('Karin', 'Lindqvist'),
        person('Joost', 'van der Berg'),
        { name: 'Chidi Okafor Jr.', kind: 'person', given: 'Chidi', family: 'Okafor', suffix: 'Jr.' },
      ],
      siteName: 'Rail & Road',
      publisher: 'Rail & Road Media Group',
      published: '2019-05-04',
      lang: 'en',
      doi: '10.5555/railroad.2019.0504',
      itemType: 'article-magazine',
    },
    provenance: { title: 'highwire:citation_title', authors: 'highwire', doi: 'highwire:citation_doi' },
  },
  {
    file: 'byline-only.html',
    url: 'https://riverside.example/news/budget',
    expected: {
      title: 'Council approves budget with cuts to libraries',
      authors: [person('Jane', 'Doe'), person('John', 'Roe'), person('Ann', 'Poe')],
      siteName: 'Riverside Courier',
      // article:published_time is free text ("tomorrow at noon"): rejected, <time> used.
      published: '2021-02-13T09:41:00-05:00',
      lang: 'en',
      itemType: 'article-newspaper',
    },
    provenance: { authors: 'byline', published: 'time' },
  },
  {
    file: 'german-agency.html',
    url: 'https://www.elbtal.example/2023/hochwasser',
    expected: {
      title: 'Hochwasser an der Elbe: Pegel in Dresden steigt weiter',
      // ", dpa" after named people credits the agency's material: an affiliation, not a co-author.
      authors: [person('Anna', 'Schmidt'), person('Ludwig', 'von Hohenberg')],
      siteName: 'Elbtal Nachrichten',
      published: '2023-12-27T07:15:00+01:00',
      lang: 'de',
      itemType: 'article-newspaper',
    },
    // <meta name=author content=Redaktion> is a newsroom credit: the named byline wins.
    provenance: { authors: 'byline', title: 'document-title' },
  },
  {
    file: 'spanish-blog.html',
    url: 'https://huerto.example/tomates',
    expected: {
      title: 'Cómo cultivar tomates en el balcón',
      authors: [person('María', 'García'), person('José', 'López')],
      siteName: 'El Huerto de Lucía',
      published: '2022-06-01T10:00:00+02:00',
      lang: 'es',
      itemType: 'post-weblog',
    },
    provenance: {},
  },
  {
    file: 'plain-webpage.html',
    url: 'https://shop.example/contact',
    expected: { title: 'Opening hours and contact', authors: [], itemType: 'webpage', url: 'https://shop.example/contact' },
    provenance: { title: 'document-title', url: 'tab' },
  },
] as const;

describe('extractMetadata on fixtures', () => {
  it.each(CASES)('$file', ({ file, url, expected, provenance }) => {
    const meta = extractMetadata(docOf(fixture(file), url), url, { now: NOW });
    expect(meta).toMatchObject(expected);
    expect(meta.provenance).toMatchObject(provenance);
    expect(meta.accessed).toBe('2026-11-24');
    if (!('url' in expected)) expect(meta.url).toBe(url);
  });

  it('hostile page: spoofed canonical, bad dates, bidi title, fake DOI, injected author', () => {
    const url = 'https://attacker.example/story';
    const meta = extractMetadata(docOf(fixture('hostile.html'), url), url, { now: NOW });
    expect(meta.url).toBe(url);
    expect(meta.published).toBeUndefined();
    expect(meta.doi).toBeUndefined();
    expect(meta.title).toBe('Breakingtxt.exe news}, title={Injected');
    const all = JSON.stringify(meta);
    expect(all).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(meta.authors.every((a) => !a.name.includes('@'))).toBe(true);
  });
});
