// The byline knowledge (byline-words.ts, east-asian-names.ts) and the rules that read it: newsroom
// credits in more languages, photo credits glued to a name, share-button rows, Catalan and Spanish
// "i"/"y" inside a family name, Hebrew's prefixed "and", CJK family names, desks and titles before
// or after names, listed authors that are no line's debris, the editor named by structured data.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { AUTHOR_PATH_SEGMENTS, BYLINE_CLASS_WORDS, BYLINE_UI_WORDS, NEWSROOM_WORDS, NOT_AUTHOR_CREDITS } from '../../../src/lib/metadata/byline-words';
import { alternation } from '../../../src/lib/regexp';
import { CHINESE_COMPOUND_SURNAMES, JAPANESE_ONE_KANJI_SURNAMES, KOREAN_COMPOUND_SURNAMES } from '../../../src/lib/metadata/east-asian-names';
import { buildCreators, isGenericNewsroom, isOutletCredit, nonAuthorCredits, splitByline } from '../../../src/lib/metadata/creators';
import { splitPersonName } from '../../../src/lib/metadata/name-parts';
import { extractMetadata } from '../../../src/lib/metadata';

const lists = { NEWSROOM_WORDS, AUTHOR_PATH_SEGMENTS, BYLINE_CLASS_WORDS, NOT_AUTHOR_CREDITS, BYLINE_UI_WORDS, CHINESE_COMPOUND_SURNAMES, JAPANESE_ONE_KANJI_SURNAMES, KOREAN_COMPOUND_SURNAMES };

describe('the word lists', () => {
  it.each(Object.entries(lists))('%s: no duplicates, no empty entries, lower case where matched so', (name, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(w.trim()).toBe(w);
    for (const w of list) expect(w.length).toBeGreaterThan(0);
    if (!name.includes('SURNAMES')) for (const w of list) expect(w).toBe(w.toLowerCase());
  });
  it('alternation escapes and puts longer words first', () => {
    expect(alternation(['desk', 'web desk', 'red.'])).toBe('web desk|desk|red\\.');
  });
});

describe('newsroom credits in more languages are the outlet, not a person', () => {
  it.each(['Redakcja', 'Redakce', 'Редакция', 'Redaksi', 'Web Desk', 'News Desk', 'Toimitus', 'Haber Merkezi'])('%s', (w) => {
    expect(isGenericNewsroom(w)).toBe(true);
  });
  it('the outlet with a newsroom word in front is the outlet ("Redakcja Gazeta Wiślana")', () => {
    expect(isOutletCredit('Redakcja Gazeta Wiślana', 'Gazeta Wiślana')).toBe(true);
    expect(isOutletCredit('Maria Wiślana', 'Gazeta Wiślana')).toBe(false);
  });
});

describe('credits on the byline line that are not authors', () => {
  it.each([
    ['Текст: Олена Коваль Снимки: Петро Іванов', ['Олена Коваль']],
    ['Олена КовальФото: Петро Іванов', ['Олена Коваль']],
    ['Marta Ruiz, Fotos: Pau Vidal', ['Marta Ruiz']],
    ['Share Tweet Email Print', []],
    ['Facebook WhatsApp X', []],
  ])('%s', (raw, want) => {
    expect(splitByline(raw)).toEqual(want);
  });
  it('a capitalised credit counts glued only after a lower-case letter, case-sensitively', () => {
    expect(splitByline('Anna Videomaker')).toEqual(['Anna Videomaker']);
  });
  it('nonAuthorCredits reads the credit tail of each line', () => {
    expect(nonAuthorCredits('Report: Asha Rao\nEdited By: Vikram Nair')).toBe('Edited By: Vikram Nair');
    expect(nonAuthorCredits('By Asha Rao')).toBe('');
  });
});

describe('conjunctions inside names, and prefixes by language', () => {
  it.each([
    ['Pere Soler i Vidal', ['Pere Soler i Vidal']],
    ['Pere Soler i Vidal i Núria Roca', ['Pere Soler i Vidal', 'Núria Roca']],
    ['Pere Soler i Núria Roca', ['Pere Soler', 'Núria Roca']],
    ['Luis Ortega y Gasset', ['Luis Ortega y Gasset']],
    ['Ana Ruiz y Luis Gil', ['Ana Ruiz', 'Luis Gil']],
  ])('%s', (raw, want) => {
    expect(splitByline(raw)).toEqual(want);
  });
  it('"Per" opens a Catalan byline, and is a name elsewhere', () => {
    expect(splitByline('Per Pere Soler i Vidal', undefined, false, 'ca')).toEqual(['Pere Soler i Vidal']);
    expect(splitByline('Per Lindqvist', undefined, false, 'sv')).toEqual(['Per Lindqvist']);
  });
  it('Hebrew "and" is a prefix: two people', () => {
    expect(splitByline('מאת דנה לוי ואורי כהן')).toEqual(['דנה לוי', 'אורי כהן']);
  });
  it('Thai "by" and a reporter title after the name', () => {
    expect(splitByline('โดย สมชาย ใจดี ผู้สื่อข่าวประจำจังหวัดขอนแก่น')).toEqual(['สมชาย ใจดี']);
  });
  it('a Japanese desk before the name', () => {
    expect(splitByline('（経済部・山本一郎）')).toEqual(['山本一郎']);
  });
});

describe('Chinese, Japanese and Korean family names written without a space', () => {
  it.each([
    ['张伟民', 'zh-CN', '张', '伟民'],
    ['司马光明', 'zh', '司马', '光明'],
    ['山本一郎', 'ja', '山本', '一郎'],
    ['森花子', 'ja', '森', '花子'],
    ['木村拓', 'ja', '木村', '拓'],
    ['황보민', 'ko', '황보', '민'],
    ['이서연', 'ko', '이', '서연'],
  ])('%s (%s)', (name, lang, family, given) => {
    expect(splitPersonName(name, lang)).toEqual({ family, given });
  });
  it('without a language a Han name stays whole', () => {
    expect(splitPersonName('张伟民')).toEqual({ family: '张伟民' });
  });
});

describe('listed authors are no line’s debris', () => {
  it('a one-word name listed on its own is a person beside a full name; an agency listed is a co-author', () => {
    const listed = buildCreators([{ name: 'Hartono', kind: 'person' }, { name: 'Dewi Lestari' }], undefined, false, { listed: true });
    expect(listed.map((c) => c.name)).toEqual(['Hartono', 'Dewi Lestari']);
    const withAgency = buildCreators([{ name: 'Luis Gil', kind: 'person' }, { name: 'EFE', kind: 'organization' }], undefined, false, { listed: true });
    expect(withAgency.map((c) => c.name)).toEqual(['Luis Gil', 'EFE']);
  });
  it('on a byline line the same words are debris', () => {
    expect(buildCreators([{ name: 'Luis Gil, Sevilla' }]).map((c) => c.name)).toEqual(['Luis Gil']);
  });
});

const page = (head: string, body: string): Document =>
  new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.in/city/metro-2' }).window.document;

describe('the byline against structured data', () => {
  it('structured data naming the editor gives way to the reporter the byline names', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Metro phase two cleared', author: { '@type': 'Person', name: 'Vikram Nair' } });
    const doc = page(`<script type="application/ld+json">${ld}</script>`,
      `<article><h1>Metro phase two cleared</h1><div class="byline">Report: Asha Rao, Pune <span>Edited By: Vikram Nair</span></div><p>${'The cabinet cleared it. '.repeat(20)}</p></article>`);
    expect(extractMetadata(doc, 'https://news.example.in/city/metro-2').authors.map((a) => a.name)).toEqual(['Asha Rao']);
  });
  it('a newsroom account in the meta row gives way to the "By" line atop the body', () => {
    const doc = page('<meta name="author" content="Web Desk">',
      `<article><h1>Depot prices rise</h1><div class="meta">by <a href="/author/webdesk/">Web Desk</a></div><div class="body"><p><strong>By Amaka Obi, Abuja</strong></p><p>${'Prices rose again. '.repeat(20)}</p></div></article>`);
    expect(extractMetadata(doc, 'https://news.example.ng/depot').authors.map((a) => a.name)).toEqual(['Amaka Obi']);
  });
  it('a Taiwanese lede credit names the reporters', () => {
    const doc = page('<meta property="og:site_name" content="南投日報">',
      `<article><h1>南投客運新路線通車</h1><p>〔記者陳美玲、黃志豪／南投報導〕南投客運今日起新增兩條路線，${'民眾可以搭乘。'.repeat(10)}</p></article>`);
    expect(extractMetadata(doc, 'https://news.example.tw/a/1').authors.map((a) => a.name)).toEqual(['陳美玲', '黃志豪']);
  });
  it('an agency in the meta row ("PTI | Pune") when no person is named, not a teaser byline below', () => {
    const doc = page('',
      `<article><h1>Farm loans rise</h1><div><span class="src">PTI</span> | <span>Pune</span></div><p>${'Loans rose. '.repeat(20)}</p><ul><li><a href="/x">Another story about cotton prices in the district</a> <span>By Ravi Kumar | March 1, 2019</span></li></ul></article>`);
    expect(extractMetadata(doc, 'https://news.example.in/farm').authors.map((a) => a.name)).toEqual(['PTI']);
  });
});
