// Pages with weak markup (issue 17): no <h1> (old table layouts), a byline with no class or link,
// signed at the article's end, credit lines in more languages. Pages invented for the tests.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { buildCreators } from '../../../src/lib/metadata/creators';
import { signatureName } from '../../../src/lib/metadata/end-byline';
import { extractMetadata } from '../../../src/lib/metadata';

const NOW = new Date('2026-01-01T00:00:00Z');
const meta = (html: string, url = 'https://www.example-news.test/a/2021/01/29/story') =>
  extractMetadata(new JSDOM(html, { url }).window.document, url, { now: NOW });

const PARAS = [
  'The regional avalanche service raised the warning to level four on Friday morning after thirty centimetres of new snow fell overnight.',
  'Three ski areas in the valley closed their upper lifts, and the road to the village was shut for several hours while crews cleared it.',
  'Mountain rescue teams asked visitors to stay on marked pistes until the snowpack settles, which could take until the middle of next week.',
].map((p) => `<p>${p}</p>`).join('');

describe('a page without <h1>', () => {
  it('finds its headline from the declared title and reads the byline under it', () => {
    const page = `<html><head><title>Talbote :: Chronik :: Warnstufe vier im Tal</title></head><body>
<table><tr><td><font size="1"><a href="/">Start</a> &gt; <a href="/chronik/">Chronik</a></font><br>
<font size="5"><b>Warnstufe vier im Tal: Drei Skigebiete gesperrt</b></font><br>
<font size="2">Von Karin Huber und Redaktion<br>29.01.2021, 07:15 Uhr</font><br>${PARAS}</td></tr></table></body></html>`;
    const m = meta(page);
    expect(m.title).toBe('Warnstufe vier im Tal: Drei Skigebiete gesperrt');
    expect(m.authors.map((a) => a.name)).toEqual(['Karin Huber']);
  });
});

describe('a signature at the article’s end', () => {
  it.each([
    ['Posted by Lucia Ferrante', false, 'Lucia Ferrante'],
    ['Texto: João Lima', false, 'João Lima'],
    ['— Ana Ruiz', false, 'Ana Ruiz'],
    ['(Ana Ruiz)', false, 'Ana Ruiz'],
    ['Trần Minh Khoa', true, 'Trần Minh Khoa'],
    ['Автор: Анна Смирнова', false, 'Анна Смирнова'],
    ['（鳴門支局・河野真理子）', false, '河野真理子'],
    ['（社会部　大西光）', false, '大西光'],
    ['By Tunde Adeyemi-Cole, Enugu', true, 'Tunde Adeyemi-Cole'],
  ])('%s → %s', (line, bold, name) => {
    expect(signatureName(line, bold)).toBe(name);
  });
  it.each([
    ['Read more', true], ['Share this article', false], ['Updated 12 March 2024', false], ['Photo: AFP', false],
    ['The mayor said so.', true], ['Contact: news@example.test', false], ['（写真は記事と関係ありません）', false],
  ])('%s is no signature', (line, bold) => {
    expect(signatureName(line, bold)).toBe('');
  });
  it('names the author when nothing else does, as read from the page text', () => {
    const page = `<html lang="vi"><head><title>Sạt lở bờ sông</title></head><body><article><h1>Sạt lở bờ sông ở miền Tây</h1>
<div class="content">${PARAS}<p><strong>Trần Minh Khoa</strong></p></div></article></body></html>`;
    const m = meta(page);
    expect(m.authors.map((a) => a.name)).toEqual(['Trần Minh Khoa']);
    expect(m.provenance.authors).toBe('page-text');
  });
  it('does not override a byline near the headline', () => {
    const page = `<html><head><title>Avalanche warning</title></head><body><article><h1>Avalanche warning raised to level four</h1>
<p class="byline">By Maria Keller</p><div class="content">${PARAS}<p><strong>Karl Berger</strong></p></div></article></body></html>`;
    expect(meta(page).authors.map((a) => a.name)).toEqual(['Maria Keller']);
  });
});

describe('credit lines in more languages', () => {
  it.each([
    ['Текст: Анна Смирнова / Фото: Игорь Белов', ['Анна Смирнова']],
    ['Γράφει η Ελένη Σταματοπούλου', ['Ελένη Σταματοπούλου']],
    ['Av Elin Sjöberg Publicerad 3 mars 2025', ['Elin Sjöberg']],
    ['Napisała Anna Kowalska', ['Anna Kowalska']],
  ])('%s', (raw, names) => {
    expect(buildCreators([{ name: raw }], 'Site').map((c) => c.name)).toEqual(names);
  });
  it('reads a byline inside a Drupal node marked "node-promoted" (no promo box)', () => {
    const page = `<html><head><title>Gemeinderat stoppt Windpark</title></head><body><div class="node node-artikel node-promoted">
<h1>Gemeinderat stoppt Pläne für den Windpark</h1><div class="artikel-meta"><span class="autor">Von Karl von Stein</span></div>${PARAS}</div></body></html>`;
    expect(meta(page).authors).toEqual([{ name: 'Karl von Stein', kind: 'person', given: 'Karl', family: 'von Stein' }]);
  });
});

describe('a byline the CMS had no field for', () => {
  it('a bold signed line opening the body names the author over a newsroom account, the place dropped', () => {
    const page = `<html lang="en"><head><title>Dockworkers end strike</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dockworkers end strike","author":{"@type":"Person","name":"News Desk"}}</script></head><body><article><h1>Dockworkers end strike</h1>
<div class="entry-content no-share"><p><strong>By Chidera Okonkwo-Bell, Enugu</strong></p>${PARAS}</div></article></body></html>`;
    expect(meta(page).authors.map((a) => a.name)).toEqual(['Chidera Okonkwo-Bell']);
  });
  it('a Japanese signature after the body, bureau before the name, over the paper as author', () => {
    const page = `<html lang="ja"><head><title>渦潮の観光船</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"渦潮の観光船が増便","author":{"@type":"Organization","name":"鳴門新報社"},"publisher":{"@type":"Organization","name":"鳴門新報"}}</script></head><body><article><h1>渦潮の観光船が増便</h1>
<div class="body">${PARAS}<p class="sign">（鳴門支局・河野真理子）</p></div></article></body></html>`;
    expect(meta(page).authors.map((a) => a.name)).toEqual(['河野真理子']);
  });
});

describe('a headline set in type, on a page that marks none', () => {
  const story = 'The county road crew began resurfacing the old quarry road on Monday, closing it to through traffic for three weeks while the drainage under it is replaced.';
  it('a table cell in a large font above the body, not the italic deck under it, nor the masthead <h1>', () => {
    const page = `<html><head><title>Valley Courier Online</title></head><body><table><tr><td><h1><img src="/logo.gif" alt="Valley Courier"></h1></td></tr>
<tr><td class="headline"><font size="5"><b>Quarry road closed for three weeks of repairs</b></font></td></tr>
<tr><td class="subhead"><font size="3"><i>Drivers are sent along Route 12 until the drains are replaced</i></font></td></tr>
<tr><td><p><b>By ELSA MARTINEZ</b><br>Courier Staff Writer</p><p>Posted: Monday, May 5, 2014</p><p>${story}</p><p>${story}</p><p>${story}</p></td></tr></table></body></html>`;
    const m = meta(page, 'https://www.valleycourier.test/news/quarry-road');
    expect(m.title).toBe('Quarry road closed for three weeks of repairs');
    expect(m.published).toBe('2014-05-05');
  });
  it('lines broken by <br> with no paragraph at all', () => {
    const page = `<html><head><title>Valley Courier</title></head><body><table><tr><td>
<font size="1"><b>LOCAL NEWS</b></font><br><font size="5"><b>Quarry road closed for three weeks of repairs</b></font><br>
<font size="2"><b>By Elsa Martinez</b><br>May 5, 2014</font><br><br><font size="3">${story}<br><br>${story}<br><br>${story}</font></td></tr></table></body></html>`;
    const m = meta(page, 'https://www.valleycourier.test/news/quarry-road');
    expect(m.title).toBe('Quarry road closed for three weeks of repairs');
    expect(m.authors.map((a) => a.name)).toEqual(['Elsa Martinez']);
  });
});
