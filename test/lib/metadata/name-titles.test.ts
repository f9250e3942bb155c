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
