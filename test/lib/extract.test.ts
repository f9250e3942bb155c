import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract';
import { LecternError } from '../../src/lib/errors';
import { createArticleSanitizer } from '../../src/lib/sanitize';
import { invariantViolations } from './sanitize-invariants';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const URL = 'https://news.example/local/2024/05/06/a-long-article-slug-for-tests';
const NOW = new Date('2026-11-24T12:00:00Z');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
function load(rel: string): Document {
  return parse(readFileSync(path.join(FIXTURES, rel), 'utf8'));
}
function extract(rel: string, url = URL): ReturnType<typeof extractArticle> {
  return extractArticle(load(rel), url, { now: NOW });
}
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(LecternError);
    return (err as LecternError).code;
  }
  return undefined;
}

describe('extractArticle: fixtures', () => {
  it('recovers a lede that Readability dropped, with a note', () => {
    const a = extract('extract/lede-dropped.html');
    expect(a.readerable).toBe(true);
    expect(a.text.startsWith('A sleeper service between the capital and the northern coast')).toBe(true);
    expect(a.text).toContain('The operator has leased eight refurbished carriages');
    expect(a.notes?.[0]).toMatch(/^recovered-lede/);
    expect(a.html).toContain('<p>A sleeper service');
    // Recovered once, not duplicated, and the byline/kicker are not promoted to article text.
    expect(a.text.split('A sleeper service').length).toBe(2);
    expect(a.text).not.toContain('Tomas Lindqvist');
  });

  it('drops a label left dangling at the end of the article, unless site-chrome is switched off', () => {
    const paras = ['Die Brücke über den Kanal ist nach zwei Jahren Bauzeit wieder für den Verkehr freigegeben worden, die ersten Busse fuhren am Samstag im Morgengrauen darüber.',
      'Die Reparatur kostete knapp elf Millionen Euro, etwas mehr als geplant, weil bei den Arbeiten Schäden an den Widerlagern entdeckt wurden, die niemand erwartet hatte.',
      'Anwohner hatten sich während der Sperrung über lange Umwege beklagt; die Stadt will nun prüfen, ob der Busfahrplan dauerhaft angepasst werden kann.',
      'Der Radweg auf der Südseite wird erst im Frühjahr fertig, weil der Belag bei Frost nicht aufgebracht werden kann, teilte das Tiefbauamt mit.'];
    const html = `<html lang="de"><head><title>Brücke wieder offen</title></head><body><article><h1>Brücke wieder offen</h1>${paras.map((p) => `<p>${p}</p>`).join('')}<p><strong>Die Karte zum Herunterladen:</strong></p></article></body></html>`;
    const a = extractArticle(parse(html), URL, { now: NOW });
    expect(a.text.endsWith('teilte das Tiefbauamt mit.')).toBe(true);
    expect(a.removed.map((r) => r.text)).toContain('Die Karte zum Herunterladen:');
    const off = extractArticle(parse(html), URL, { now: NOW, disabledRules: ['site-chrome'] });
    expect(off.text.endsWith('Die Karte zum Herunterladen:')).toBe(true);
  });

  it('reports each pipeline stage once, in order, to a benchmark lap callback', () => {
    const stages: string[] = [];
    const a = extractArticle(load('extract/structure-text.html'), URL, { now: NOW, lap: (s) => stages.push(s) });
    expect(a.readerable).toBe(true);
    expect(stages).toEqual(['clone', 'metadata', 'prepare', 'clean-document', 'readability', 'clean-article', 'finish']);
  });

  it('calls a short Chinese, Japanese or Korean news story an article (a character there says what several letters do)', () => {
    for (const slug of ['ja-yuryo-comment-share', 'zh-dingyue-juankuan', 'ko-nyuseuleter-huwon']) {
      const a = extract(`clean/${slug}/source.html`);
      expect(a.text.length, slug).toBeLessThan(400);
      expect(a.readerable, slug).toBe(true);
    }
    // A few words of Latin-script text stay under the bar.
    const tiny = extractArticle(parse('<html><body><article><p>Short note, nothing more to read here.</p></article></body></html>'), URL, { now: NOW });
    expect(tiny.readerable).toBe(false);
  });

  it('adds no note when nothing is missing', () => {
    expect(extract('extract/structure-text.html').notes).toBeUndefined();
  });

  it('promotes lazy images (data-src, data-srcset, noscript fallback) and keeps their captions', () => {
    const a = extract('extract/lazy-images.html');
    const html = a.html;
    expect(html).toContain('src="https://img.example/ponte-riaperto.jpg"');
    expect(html).toContain('src="https://img.example/arcate-800.jpg"');
    expect(html).toContain('src="https://img.example/sindaco.jpg"');
    expect(html).not.toContain('placeholder.gif');
    expect(a.text).toContain('Il ponte riaperto sabato mattina.');
    expect(a.text).toContain("Il sindaco all'inaugurazione.");
  });

  it('keeps an image with its caption, drops orphan captions and credit lines', () => {
    const a = extract('extract/figure-caption.html');
    expect(a.html).toContain('https://img.example/bomen.jpg');
    expect(a.text).toContain('Jonge bomen langs de ringweg.');
    expect(a.text).not.toContain('De wethouder bij de presentatie van het plan.');
    expect(a.text).not.toContain('Een luchtfoto van de ringweg');
    expect(a.text).not.toContain('Foto: ANP');
    expect(a.removed.map((r) => r.text)).toContain('De wethouder bij de presentatie van het plan.');
    // A sentence that merely starts with "Images" is article text, not a credit line.
    expect(a.text).toContain('Images of the planting plan were shared widely');
    expect(a.text).toContain('De eerste bomen gaan in november de grond in');
    // A box whose class says "no_caption", holding a heading, is a story item: never a caption.
    expect(a.text).toContain('De bomen moeten de binnenstad op hete dagen tot twee graden koeler maken');
    // A figure holding a data table is content (HTML figures are not only images).
    expect(a.html).toMatch(/<td>600<\/td>/);
    expect(a.text).toContain('Aantal nieuwe bomen per jaar.');
    // A caption after its image and a line break is still beside its image.
    expect(a.text).toContain('Vrijwilligers op de eerste plantdag in het Westpark.');
    // A caption boxed on its own right after its image's wrapper (The Verge's layout) is beside it too.
    expect(a.text).toContain('Het Westpark na de eerste plantdag, gezien vanaf de watertoren.');
  });

  it('writes block paragraphs separated by blank lines, whitespace collapsed, headings and list items apart', () => {
    const a = extract('extract/structure-text.html');
    const paras = a.text.split('\n\n');
    expect(paras).toContain('What goes where');
    expect(paras).toContain('Blue bin: paper and cardboard, flattened.');
    expect(paras).toContain('Green bin: glass bottles and jars, without lids.');
    expect(paras[0]).toBe('From the first of April, households in the district will sort their waste into four bins instead of three, and collection days will change on most streets. The council has sent a leaflet to every address, but questions keep coming in.');
    expect(a.text).not.toMatch(/\n{3,}| {2,}/);
    expect(a.wordCount).toBe(a.text.split(/\s+/).filter(Boolean).length);
    expect(a.dir).toBe('ltr');
    expect(a.html).not.toContain('class=');
  });

  it('no article: readerable=false, metadata still there', () => {
    const a = extract('extract/no-article.html', 'https://news.example/missing');
    expect(a.readerable).toBe(false);
    expect(a.metadata.title).toBeTruthy();
    expect(a.metadata.accessed ?? '2026-11-24').toBe('2026-11-24');
  });

  it('Readability returning null gives empty text/html but full metadata', () => {
    const doc = parse('<html><head><title>Empty page</title></head><body></body></html>');
    const a = extractArticle(doc, 'https://news.example/empty-page', { now: NOW });
    expect(a).toMatchObject({ readerable: false, text: '', html: '', wordCount: 0 });
    expect(a.metadata.title).toBe('Empty page');
  });

  it('invalid attribute names do not throw (mozilla/readability#392, #886, #773)', () => {
    const a = extract('extract/invalid-attributes.html');
    expect(a.readerable).toBe(true);
    expect(a.text).toContain('A câmara municipal aprovou');
  });

  it('malformed JSON-LD is ignored without exception', () => {
    const a = extract('extract/malformed-jsonld.html');
    expect(a.text).toContain('Die Stadtbibliothek bleibt');
    expect(a.metadata.title).toBeTruthy();
  });

  it('never mutates the input document', () => {
    for (const rel of ['extract/lede-dropped.html', 'extract/lazy-images.html', 'hostile/readability-threats.html']) {
      const doc = load(rel);
      const before = doc.documentElement.outerHTML;
      extractArticle(doc, URL, { now: NOW });
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('DOM clobbering of the cloned document does not crash extraction (SECURITY.md F8)', () => {
    const body = readFileSync(path.join(FIXTURES, 'extract/structure-text.html'), 'utf8').replace(
      '<article>',
      '<form name="getElementsByTagName"></form><img name="body"><form name="baseURI"></form><img name="title"><img id="documentElement"><article>',
    );
    const a = extractArticle(parse(body), URL, { now: NOW });
    expect(a.text).toContain('What goes where');
  });

  it('hostile Readability output survives extraction but not the sanitizer', () => {
    const a = extract('hostile/readability-threats.html');
    expect(a.html).toMatch(/onclick|onerror|javascript:/i); // extract does not sanitize: sinks do
    const div = document.createElement('div');
    div.append(createArticleSanitizer(window).toFragment(a.html, { remoteImages: true }));
    expect(invariantViolations(div, true)).toEqual([]);
    expect(div.textContent).toContain('delivery vans');
  });
});

describe('extractArticle: limits and errors', () => {
  it('too many elements → LecternError too-large, before any cloning', () => {
    const doc = parse('<p>x</p>'.repeat(2_000));
    expect(codeOf(() => extractArticle(doc, URL, { maxElements: 1_000 }))).toBe('too-large');
  });

  it('the default cap applies', () => {
    const doc = parse('<body>' + '<span>a</span>'.repeat(61_000) + '</body>');
    let message = '';
    try {
      extractArticle(doc, URL);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/too large.*61\d{3} elements/i);
  });

  it('a 5,000-deep tree ends in a clean error, not a crash', () => {
    const doc = parse('<html><body><p>intro</p></body></html>');
    let node: Element = doc.body;
    for (let i = 0; i < 5_000; i++) {
      const div = doc.createElement('div');
      node.appendChild(div);
      node = div;
    }
    node.textContent = 'deep text '.repeat(100);
    const code = codeOf(() => extractArticle(doc, URL));
    // Either it copes or it fails cleanly; it must never throw anything but a LecternError.
    expect([undefined, 'too-large', 'parse-failed']).toContain(code);
  });

  it('non-HTML documents → not-html', () => {
    const xml = new DOMParser().parseFromString('<feed><entry>x</entry></feed>', 'application/xml');
    expect(codeOf(() => extractArticle(xml, URL))).toBe('not-html');
    const frameset = parse('<html><frameset><frame src="a.html"></frameset></html>');
    expect(codeOf(() => extractArticle(frameset, URL))).toBe('not-html');
  });
});

// The seed page lives next to the repository (../shared), never inside it: skip when absent.
const SEED = path.resolve(__dirname, '../../../shared/fixtures/seed');
const seedPresent = existsSync(path.join(SEED, 'francesoir-boukamal.html'));

describe.skipIf(!seedPresent)('seed replica (../shared/fixtures/seed)', () => {
  const norm = (s: string): string =>
    s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

  it('keeps every article paragraph and drops every appeal, teaser and footer', () => {
    const expected = JSON.parse(readFileSync(path.join(SEED, 'francesoir-boukamal.expected.json'), 'utf8')) as {
      url: string; isNewsArticle: boolean; mustKeep: string[]; mustDrop: string[];
    };
    const doc = parse(readFileSync(path.join(SEED, 'francesoir-boukamal.html'), 'utf8'));
    const a = extractArticle(doc, expected.url, { now: NOW });
    const text = norm(a.text);
    expect(a.isNewsArticle).toBe(expected.isNewsArticle);
    expect(a.readerable).toBe(true);
    for (const keep of expected.mustKeep) expect(text, keep).toContain(norm(keep));
    for (const drop of expected.mustDrop) expect(text, drop).not.toContain(norm(drop));
    expect(a.removed.some((r) => r.rule === 'donation-appeal')).toBe(true);
  });
});
