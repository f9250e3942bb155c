// Names as bylines and CMSes write them, around the name itself: academic titles before it, the
// author-link label of a bio box, family names opened by a particle in Irish, Welsh, Filipino and
// Arabic, and the Spanish "y" / Catalan "i" joining two surnames (byline-words.ts, name-parts.ts).
import { describe, expect, it } from 'vitest';
import { buildCreators } from '../../../src/lib/metadata/creators';
import { splitPersonName } from '../../../src/lib/metadata/name-parts';
import { HONORIFICS, AUTHOR_LINK_LABELS, BYLINE_FIELD_CLASS_WORDS } from '../../../src/lib/metadata/byline-words';

const one = (raw: string, lang?: string): string[] => buildCreators([{ name: raw }], undefined, false, lang ? { lang } : {}).map((c) => c.name);

describe('the lists', () => {
  it.each(Object.entries({ HONORIFICS, AUTHOR_LINK_LABELS, BYLINE_FIELD_CLASS_WORDS }))('%s: lower case, no duplicates', (_n, list) => {
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(w).toBe(w.toLowerCase().trim());
  });
});

describe('titles before a name are left out of it', () => {
  it.each([
    ['Dr. Helga Brandner', 'Helga Brandner'],
    ['Prof. Dr. Jörg Albrecht', 'Jörg Albrecht'],
    ['د. سامي الخطيب', 'سامي الخطيب'],
    ['Dott.ssa Chiara Neri', 'Chiara Neri'],
  ])('%s', (raw, name) => expect(one(raw)).toEqual([name]));
  it('an abbreviation that is the whole name stays ("PR Newswire")', () => {
    expect(one('PR Newswire')).toEqual(['PR Newswire']);
  });
});

describe('a CMS\'s author-link label is no part of the name', () => {
  it.each([
    ['View all posts by Gwen Pritchard', 'Gwen Pritchard'],
    ['Voir tous les articles de Odile Marchetti', 'Odile Marchetti'],
    ['Alle Beiträge von Sven Haber anzeigen', 'Sven Haber'],
  ])('%s', (raw, name) => expect(one(raw)).toEqual([name]));
});

describe('family names opened by a particle', () => {
  it.each([
    ['Siobhán Ní Mhurchú', 'Siobhán', 'Ní Mhurchú'],
    ['Dónal Mac Suibhne', 'Dónal', 'Mac Suibhne'],
    ['Pádraig Ó Sé', 'Pádraig', 'Ó Sé'],
    ['Dafydd ap Gruffydd', 'Dafydd', 'ap Gruffydd'],
    ['Ramon dela Paz', 'Ramon', 'dela Paz'],
    ['منى عبد الله', 'منى', 'عبد الله'],
    ['Carmen Ruiz y Gaspar', 'Carmen', 'Ruiz y Gaspar'],
    ['Núria Vidal i Soler', 'Núria', 'Vidal i Soler'],
  ])('%s', (name, given, family) => expect(splitPersonName(name)).toEqual({ given, family }));
});

describe('credits around the writer', () => {
  it('one person wrote and photographed ("글·사진 … 기자")', () => {
    expect(one('글·사진 박하늘 기자', 'ko')).toEqual(['박하늘']);
  });
  it('a credit word before a name on a segment of its own is no author ("| Fotografia …")', () => {
    expect(one('Texto Marta Quintela | Fotografia Paulo Reis', 'pt')).toEqual(['Marta Quintela']);
  });
  it('the editor\'s label and Thai "ภาพ" (photo) credit someone else', () => {
    expect(one('Penulis: Bambang Irawan\nEditor: Sri Wahyuni', 'id')).toEqual(['Bambang Irawan']);
    expect(one('เรื่อง: ศิริพร ทองดี ภาพ: ประเสริฐ ใจดี', 'th')).toEqual(['ศิริพร ทองดี']);
  });
  it('a comments button is no name, in Korean or Japanese either', () => {
    expect(one('댓글', 'ko')).toEqual([]);
    expect(one('コメント', 'ja')).toEqual([]);
  });
});

describe('single names', () => {
  it('where people go by one name, a capitalised word first on the line is a person', () => {
    expect(buildCreators([{ name: 'Penulis: Sutarjo' }], undefined, false, { lang: 'id' })).toEqual([{ name: 'Sutarjo', kind: 'person' }]);
    expect(one('Sutarjo, Rina Maharani Lubis', 'id')).toEqual(['Sutarjo', 'Rina Maharani Lubis']);
  });
  it('one word after a full name is still the place filed from', () => {
    expect(one('Camila Andrea Rojas Pardo\nTunja', 'es')).toEqual(['Camila Andrea Rojas Pardo']);
  });
});

describe('CJK credits', () => {
  it('a correspondent\'s title between two names separates them', () => {
    expect(one('记者 陈思远 通讯员 王晓', 'zh')).toEqual(['陈思远', '王晓']);
  });
});
