// Dates shown only as text: fixed patterns per shape, month names as data, published vs updated.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { datesInLine, fromTextDates, fromUrlDate, parseTextDate } from '../../../src/lib/metadata/text-date';

describe('parseTextDate', () => {
  it.each([
    ['Dec. 9, 2016 9:13 a.m. ET', true, '2016-12-09'],
    ['December 9th, 2016', false, '2016-12-09'],
    ['9 décembre 2016 à 09h13', false, '2016-12-09'],
    ['Publié le 09/12/2016 à 09:13', false, '2016-12-09'],
    ['09.12.2016, 09:13 Uhr', false, '2016-12-09'],
    ['9. Dezember 2016', false, '2016-12-09'],
    ['Publicado el 9 de diciembre de 2016', false, '2016-12-09'],
    ['2016年12月9日 9時13分', false, '2016-12-09'],
    ['2016년 12월 9일', false, '2016-12-09'],
    ['2016.12.09', false, '2016-12-09'],
    ['9 grudnia 2016', false, '2016-12-09'],
    ['9 Aralık 2016', false, '2016-12-09'],
    ['9 декабря 2016 г.', false, '2016-12-09'],
    ['2016. december 9.', false, '2016-12-09'],
    ['12/9/2016', true, '2016-12-09'],
    ['12/9/2016', false, '2016-09-12'],
    ['13/12/2016', true, '2016-12-13'],
  ])('%s', (text, monthFirst, iso) => {
    expect(parseTextDate(text, monthFirst)).toBe(iso);
  });
  it.each(['tomorrow', 'Page 3 of 12', '31/31/2016', 'Chapter 12.5', ''])('no date in %j', (text) => {
    expect(parseTextDate(text)).toBeUndefined();
  });
  it('tells the update from the publication', () => {
    expect(datesInLine('Published 9 December 2016 · Updated 10 December 2016')).toEqual([
      { iso: '2016-12-09', updated: false }, { iso: '2016-12-10', updated: true },
    ]);
    expect(datesInLine('Mis à jour le 10 décembre 2016')).toEqual([{ iso: '2016-12-10', updated: true }]);
  });
});

describe('fromTextDates', () => {
  const doc = (body: string, lang = 'en'): Document => new JSDOM(`<html lang="${lang}"><body>${body}</body></html>`).window.document;
  it('reads the date line under the headline, not a sidebar or a comment', () => {
    const d = doc('<aside><p>Most read · March 3, 2015</p></aside><article><h1>Headline</h1><p class="meta">By Ana Ruiz · Aktualisiert am 10.12.2016</p><p class="meta">09.12.2016, 09:13 Uhr</p><p>Body.</p></article><section class="comments"><p>June 1, 2020</p></section>', 'de');
    const c = fromTextDates(d, d.querySelector('h1'), 'de');
    expect(c).toEqual([
      { field: 'published', value: '2016-12-09', source: 'text', from: 'page-text', near: true },
      { field: 'modified', value: '2016-12-10', source: 'text', from: 'page-text' },
    ]);
  });
});

describe('fromUrlDate', () => {
  it.each([
    ['https://x.example/2016/12/09/slug', '2016-12-09'],
    ['https://x.example/news/20161209/slug', '2016-12-09'],
    ['https://x.example/news/slug-123', undefined],
    ['https://x.example/news/region/2024/3/13/1187342', '2024-03-13'],
    ['https://x.example/2024/13/3/slug', undefined],
    ['https://x.example/top-2024-3-13-things', undefined],
  ])('%s', (url, iso) => {
    expect(fromUrlDate(url)[0]?.value).toBe(iso);
  });
});
