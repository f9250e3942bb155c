// Byline classes found on hand-written rounds (issue 17), each as a mechanism with its control.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/lib/metadata/block-text';
import { buildCreators, isOutletCredit, splitByline } from '../../../src/lib/metadata/creators';
import { extractMetadata } from '../../../src/lib/metadata';
import { siteKey } from '../../../src/lib/metadata/url';

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const names = (raw: string): string[] => buildCreators([{ name: raw }]).map((c) => c.name);

describe('byline text', () => {
  it('blocks are lines: a name and the place under it are not glued ("ParraVillavicencio")', () => {
    const el = doc('<div class="byline"><div>Por Camilo Andrés Rojas Parra</div><div>Villavicencio</div></div>').querySelector('.byline') as Element;
    expect(blockText(el)).toBe('Por Camilo Andrés Rojas Parra\nVillavicencio');
    expect(names(blockText(el))).toEqual(['Camilo Andrés Rojas Parra']);
    // Inline elements stay on the line: "By <a>Jane Doe</a> and <a>John Roe</a>".
    expect(blockText(doc('<p id="b">By <a>Jane Doe</a> and <a>John Roe</a></p>').getElementById('b') as Element)).toBe('By Jane Doe and John Roe');
    // Control: two full names on two lines are two authors.
    expect(names('Jane Doe\nJohn Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('date labels ending in a non-ASCII letter cut the byline ("Publié", "sábado")', () => {
    expect(splitByline('Par Yann Le Goff et Marie-Hélène Le Bihan Publié le 23/02/2018 à 07h45')).toEqual(['Yann Le Goff', 'Marie-Hélène Le Bihan']);
    expect(splitByline('Por Lucía Gómez sábado 3 de agosto')).toEqual(['Lucía Gómez']);
  });

  it('one credit word before a colon is a label, in any language; photo and editor credits are not authors', () => {
    expect(splitByline('گزارش: سارا محمدی')).toEqual(['سارا محمدی']);
    expect(splitByline('Reportaje: Lucía Gómez')).toEqual(['Lucía Gómez']);
    expect(splitByline('Fotos: Lucía Gómez')).toEqual([]);
    expect(splitByline('编辑：王芳')).toEqual([]);
  });

  it('a Japanese signature in brackets is the name; a bureau in brackets after a name is not', () => {
    expect(splitByline('（佐藤美咲）')).toEqual(['佐藤美咲']);
    expect(splitByline('佐藤 健一（金沢総局）')).toEqual(['佐藤 健一']);
  });

  it('"Posted by" in other languages is a prefix', () => {
    expect(splitByline('Gepost door Harderwijker Buurtnieuws')).toEqual(['Harderwijker Buurtnieuws']);
    expect(splitByline('Publié par Anne Morel')).toEqual(['Anne Morel']);
  });
});

describe('the outlet as author', () => {
  it('the outlet with its company suffix is the outlet ("みなと新報社", "Ledger Media Inc.")', () => {
    expect(isOutletCredit('みなと新報社', 'みなと新報')).toBe(true);
    expect(isOutletCredit('Coastal Ledger Media Inc.', 'Coastal Ledger')).toBe(true);
    // Control: a person whose name contains the site's name is not the outlet.
    expect(isOutletCredit('Coastal Ledger Jones', 'Coastal Ledger')).toBe(false);
  });

  it('a blog on a hosting platform is its own site', () => {
    expect(siteKey('harderwijkerbuurtnieuws.blogspot.com')).toBe('harderwijkerbuurtnieuws.blogspot.com');
    expect(siteKey('notes.substack.com')).toBe('notes.substack.com');
    expect(siteKey('news.example.com')).toBe('example.com');
  });

  it('the blog account named like its host gives way to the writers named in the post', () => {
    const page = doc(`<html><head><title>Fietspad dicht</title></head><body><h1>Harderwijker Buurtnieuws</h1>
      <h3 class="post-title">Fietspad langs de boulevard gaat dicht</h3><div class="post-body"><i>Door Pieter van der Berg en Fleur de Wit</i><br>
      <p>Het fietspad langs de boulevard gaat vanaf maandag drie weken dicht voor onderhoud aan de kademuur.</p></div>
      <div class="post-footer"><span class="post-author vcard">Gepost door <span class="fn">Harderwijker Buurtnieuws</span></span></div></body></html>`);
    const m = extractMetadata(page, 'https://harderwijkerbuurtnieuws.blogspot.com/2017/10/fietspad.html');
    expect(m.authors.map((a) => a.name)).toEqual(['Pieter van der Berg', 'Fleur de Wit']);
  });
});

describe('bylines in the text', () => {
  it('a Chinese reporter line ("記者林怡君／台中報導") names the reporter', () => {
    const page = doc(`<html><head><title>台中捷運綠線試營運首週｜中台灣日報</title><meta name="author" content="中台灣日報"></head><body>
      <h1>台中捷運綠線試營運首週 逾十萬人次搭乘</h1><p>記者林怡君／台中報導</p><p>台中捷運綠線試營運首週，假日人潮湧入北屯總站，排隊人潮不斷，市府表示將加開班次。</p></body></html>`);
    expect(extractMetadata(page, 'https://www.ctwdaily.example/news/20190821/mrt').authors.map((a) => a.name)).toEqual(['林怡君']);
  });

  it('a <title> with the site name glued to a colon still anchors a headline set in <h3>', () => {
    const page = doc(`<html><head><title>Talbote: Land gibt grünes Licht für neue Gletscherbahn im Kaunertal</title></head><body>
      <div class="article"><div class="header"><h3>Land gibt grünes Licht für neue Gletscherbahn im Kaunertal</h3></div>
      <p>Von Karl von Stein und Lena Hofer-Grünwald</p><p>Nach jahrelangem Streit hat die Landesregierung den Neubau genehmigt.</p></div></body></html>`);
    expect(extractMetadata(page, 'https://www.talbote.example/news/gletscherbahn').authors.map((a) => a.name)).toEqual(['Karl von Stein', 'Lena Hofer-Grünwald']);
  });
});
